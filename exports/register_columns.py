"""The columns of a mandate register (mandaatregister), shared by its reader and writers.

A municipality's register is a spreadsheet with one row per mandate: the power
(bevoegdheid), its legal basis, the grantor (mandaatgever), the holder (gemandateerde),
whether sub-mandate is allowed, instructions and conditions, a maximum amount and the
validity. Headers differ per organisation, so each column has a Dutch and an English header
and synonyms; matching ignores case, spaces and punctuation (``Geldig t/m`` = ``geldig tm``).
The legal basis comes in two columns: the statute or ordinance the power comes from, and the
policy rules, work instructions or agreements under which it is exercised (read back joined).
The columns after the first ten are ours: they carry the rest of a power and a mandate so
that an exported register imports back into the same powers and mandates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from exports.excel_columns import header_key
from models.i18n import Lang

__all__ = ["COLUMNS", "REQUIRED", "RegisterColumn", "find_header", "header_map"]


@dataclass(frozen=True, slots=True)
class RegisterColumn:
    """One register column: a key, its headers and the synonyms it is recognised by."""

    key: str
    en: str
    nl: str
    synonyms: tuple[str, ...] = ()
    width: int = 18

    def header(self, lang: Lang) -> str:
        """The header written in ``lang``."""
        return self.nl if lang == "nl" else self.en

    def names(self) -> tuple[str, ...]:
        """Every header this column is recognised by."""
        return (self.en, self.nl, self.key, *self.synonyms)


def _c(key: str, en: str, nl: str, *synonyms: str, width: int = 18) -> RegisterColumn:
    return RegisterColumn(key, en, nl, synonyms, width)


COLUMNS: tuple[RegisterColumn, ...] = (
    _c("power", "Power", "Bevoegdheid", "bevoegdheden", "onderwerp", "competence",
       "omschrijving bevoegdheid", "te nemen besluit", "besluit", width=30),
    _c("legal_basis", "Legal basis", "Wettelijke grondslag", "grondslag", "wettelijk kader",
       "wetsartikel", "artikel", "basis", width=28),
    _c("policy_basis", "Policy rules and work instructions", "Beleidsregels/werkinstructies",
       "beleidsregels", "beleidsregels en werkinstructies", "werkinstructies", "policy rules",
       width=28),
    _c("grantor", "Grantor", "Mandaatgever", "mandant", "mandator", "mandaatverlener",
       "verlener", "mandate grantor", width=24),
    _c("holder", "Holder", "Gemandateerde", "mandaatnemer", "mandaathouder", "mandataris",
       "gemachtigde", "mandate holder", "mandatee", width=24),
    _c("sub_mandate", "Sub-mandate", "Ondermandaat", "ondermandaat toegestaan",
       "submandaat", "submandate", "sub mandate allowed", width=14),
    _c("instructions", "Instructions and conditions", "Instructies en voorwaarden",
       "instructies", "voorwaarden", "instructies/voorwaarden", "instructies voorwaarden",
       "instructions", "conditions", "beperkingen", "restrictions", width=36),
    _c("budget", "Maximum amount", "Maximumbedrag", "maximum bedrag", "max bedrag", "bedrag",
       "budget", "limiet", "plafond", "financiële grens", "amount", "ceiling", "limit",
       width=16),
    _c("valid_from", "Valid from", "Geldig van", "geldig vanaf", "ingangsdatum", "ingang",
       "van", "start", "start date", "from", width=14),
    _c("valid_until", "Valid until", "Geldig tot", "geldig tot en met", "geldig tm",
       "einddatum", "vervaldatum", "tot", "end", "end date", "until", width=14),
    # ours: the rest of the power and the mandate
    _c("power_holder", "Body holding the power", "Bevoegd orgaan", "bevoegd bestuursorgaan",
       "bestuursorgaan", "power holder", width=24),
    _c("category", "Power category", "Soort bevoegdheid", "categorie", "category", width=20),
    # a request to a court is no besluit: passed on by machtiging (art. 10:12 Awb; J6)
    _c("act", "Kind of act", "Soort handeling", "handeling", "soort act", "act", width=20),
    _c("rule_type", "Rule it is exercised under", "Regel voor de uitoefening", "soort regel",
       "rule type", "soort grondslag", width=16),
    _c("mandate_rule", "Mandate rule", "Mandaatregel", "mandaat toegestaan", width=22),
    _c("power_notes", "Notes on the power", "Toelichting bevoegdheid",
       "toelichting op de bevoegdheid", "power notes", width=30),
    _c("instrument", "Instrument", "Instrument", "vorm", "soort mandaat", width=16),
    _c("scope", "Scope", "Reikwijdte", "algemeen of casus", width=12),
    _c("in_writing", "In writing", "Schriftelijk", "op schrift", width=12),
    _c("consent", "Consent", "Instemming", "toestemming", width=12),
    _c("works_under", "Works under the grantor", "Werkt onder de mandaatgever",
       "onder verantwoordelijkheid mandaatgever", "ondergeschikt", width=16),
    _c("practice", "Practice", "Werkpraktijk", "praktijk", width=12),
    _c("decision", "Mandate decision", "Mandaatbesluit", "besluit mandaatverlening",
       "vindplaats", width=24),
    _c("reserves_deviation", "Deviation reserved (4:84)", "Afwijken voorbehouden (4:84)",
       "afwijken voorbehouden", "inherente afwijkingsbevoegdheid voorbehouden",
       "4:84 voorbehouden", "deviation reserved", width=16),
    _c("status", "Status on the reference date", "Status op de peildatum", "status",
       width=30),  # written for the reader of the sheet; ignored on import
)  # fmt: skip

#: the columns a sheet must have to be read as a register
REQUIRED = ("power", "grantor", "holder")

_BY_NAME: dict[str, RegisterColumn] = {}
for _column in COLUMNS:
    for _name in _column.names():
        _BY_NAME.setdefault(header_key(_name), _column)


def header_map(cells: Sequence[object]) -> dict[int, RegisterColumn]:
    """The register columns found in a header row, by position (the first of a repeat wins).

    Examples
    --------
    >>> found = header_map(["Bevoegdheid", "Mandaatgever", "Gemandateerde", "Geldig t/m", ""])
    >>> [(i, c.key) for i, c in found.items()]
    [(0, 'power'), (1, 'grantor'), (2, 'holder'), (3, 'valid_until')]
    """
    found: dict[int, RegisterColumn] = {}
    seen: set[str] = set()
    for index, cell in enumerate(cells):
        if not isinstance(cell, str):
            continue
        key = header_key(cell)
        column = _BY_NAME.get(key)
        if column is not None and column.key not in seen:
            found[index] = column
            seen.add(column.key)
    return found


def find_header(
    rows: Iterable[tuple[int, Sequence[object]]], look: int = 15
) -> tuple[int, dict[int, RegisterColumn]] | None:
    """The first of the first ``look`` rows that holds the required headers, and its columns."""
    for count, (number, cells) in enumerate(rows):
        if count >= look:
            return None
        found = header_map(cells)
        if set(REQUIRED) <= {c.key for c in found.values()}:
            return number, found
    return None
