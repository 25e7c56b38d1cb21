"""The columns of the report workbook's entity sheets, shared by the writer and the reader.

Each sheet has a Dutch and an English name; each column a field (or a helper such as the
name next to an actor id) and a Dutch and English header. The reader accepts either
language, and also the plain field name, so a user may rename nothing and still round-trip.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from exports.builder import LEGACY_ACTOR, LEGACY_MANDATE
from models.enums import EntityKind
from models.fields import (
    ACCEPTANCE_FIELDS,
    ACTOR_FIELDS,
    AGREEMENT_FIELDS,
    DEVIATION_FIELDS,
    KINDS,
    MANDATE_FIELDS,
    NEED_FIELDS,
    ORGANISATION_FIELDS,
    POWER_FIELDS,
    RELATIONSHIP_FIELDS,
    RULE_FIELDS,
    FieldSpec,
    by_name,
)
from models.i18n import Lang

__all__ = [
    "CASE_ROWS",
    "CASE_ROW_ALIASES",
    "SHEETS",
    "Column",
    "SheetSpec",
    "header_key",
    "sheet_title",
]


@dataclass(frozen=True, slots=True)
class Column:
    """One column: ``field`` is a model field name, or ``"name_of:<field>"``,
    ``"title_of:finding"``, ``"x"``, ``"y"``."""

    field: str
    en: str
    nl: str
    width: int = 14

    def header(self, lang: Lang) -> str:
        """The header in ``lang``."""
        return self.nl if lang == "nl" else self.en

    @property
    def is_helper(self) -> bool:
        """Shown for reading, ignored on import (the name next to an id, the title of an
        accepted finding)."""
        return self.field.startswith(("name_of:", "title_of:"))


@dataclass(frozen=True, slots=True)
class SheetSpec:
    """An entity sheet of the report."""

    key: str  # actors, relationships, ..., agreements, accepted: the file's array name
    en: str
    nl: str
    specs: tuple[FieldSpec, ...]
    columns: tuple[Column, ...]
    # columns of files written before format version 2: read, never written
    legacy: tuple[tuple[Column, FieldSpec], ...] = ()

    @property
    def kind(self) -> EntityKind:
        """The kind of entity on the sheet."""
        return next(k for k, spec in KINDS.items() if spec.section == self.key)

    def title(self, lang: Lang) -> str:
        """The sheet name in ``lang``."""
        return self.nl if lang == "nl" else self.en

    def fields(self) -> dict[str, FieldSpec]:
        """The field specs by name (the legacy ones included)."""
        return by_name([*self.specs, *(spec for _, spec in self.legacy)])

    def lookup(self) -> dict[str, Column]:
        """Columns by every header they may have (both languages, field name), normalised;
        made once per sheet (an importer asked again for every row: issue 15), a copy each time."""
        kept = _LOOKUPS.get(id(self))
        if kept is None or kept[0] is not self:
            kept = _LOOKUPS[id(self)] = (self, self._lookup())
        return dict(kept[1])

    def _lookup(self) -> dict[str, Column]:
        found: dict[str, Column] = {}
        columns = (*self.columns, *(c for c, _ in self.legacy))
        for col in columns:  # headers first: "Grantor" is the name column, not grantor's id
            for name in (col.en, col.nl):
                found.setdefault(header_key(name), col)
        for col in columns:
            found.setdefault(header_key(col.field), col)
        return found


#: each sheet's :meth:`SheetSpec.lookup`, by the spec's id (the spec kept beside it)
_LOOKUPS: dict[int, tuple[SheetSpec, dict[str, Column]]] = {}


def header_key(text: object) -> str:
    """A header normalised for matching: case, spaces and punctuation ignored.

    Examples
    --------
    >>> header_key(" Van (id) ") == header_key("van(ID)")
    True
    """
    if type(text) is str and len(text) <= _KEYED_LENGTH:
        return _text_key(text)
    return _key(text)


def _key(text: object) -> str:
    return "".join(ch for ch in str(text or "").casefold() if ch.isalnum())


#: a header is asked for again for every row of a CSV or GraphML file (its keys): the last few
#: thousand short texts are remembered (issue 15)
_KEYED_LENGTH = 200
_text_key = functools.lru_cache(maxsize=4096)(_key)


_Row = tuple[str, str, str, int]  # field, English header, Dutch header, width


def _cols(rows: Iterable[_Row]) -> tuple[Column, ...]:
    return tuple(Column(*row) for row in rows)


def _ref(field: str, en: str, nl: str, width: int) -> tuple[_Row, _Row]:
    """A reference: the id referred to (read back on import), then its name (for reading)."""
    return (field, f"{en} (id)", f"{nl} (id)", width), (f"name_of:{field}", en, nl, 24)


# the columns most sheets have
_ID: _Row = ("id", "ID", "ID", 8)
_NOTES: _Row = ("notes", "Notes", "Notities", 40)
_VALIDITY: tuple[_Row, _Row] = (
    ("valid_from", "Valid from", "Geldig vanaf", 12),
    ("valid_until", "Valid until", "Geldig tot en met", 12),
)


ACTORS = SheetSpec(
    "actors",
    "Actors",
    "Actoren",
    ACTOR_FIELDS,
    _cols(
        [
            _ID,
            ("name", "Name", "Naam", 28),
            ("kind", "Kind", "Soort", 18),
            ("sphere", "Sphere", "Sfeer", 15),
            ("organisation", "Organisation", "Organisatie", 22),
            ("influence", "Influence", "Invloed", 10),
            ("interest", "Interest", "Belang", 10),
            ("stance", "Stance", "Houding", 10),
            ("public_body", "Public body", "Bestuursorgaan", 12),
            ("roles", "Roles", "Rollen", 20),
            ("tags", "Tags", "Tags", 18),
            ("group", "Group", "Groep", 14),
            _NOTES,
            ("x", "X", "X", 8),
            ("y", "Y", "Y", 8),
        ]
    ),
    legacy=((Column("powers", "Powers", "Bevoegdheden"), LEGACY_ACTOR["powers"]),),
)

RELATIONSHIPS = SheetSpec(
    "relationships",
    "Relationships",
    "Relaties",
    RELATIONSHIP_FIELDS,
    _cols(
        [
            _ID,
            *_ref("source", "From", "Van", 10),
            *_ref("target", "To", "Naar", 10),
            ("kind", "Kind", "Soort", 22),
            ("level", "Level", "Niveau", 8),
            ("practice", "Practice", "Werkpraktijk", 14),
            ("label", "Label", "Label", 20),
            _NOTES,
        ]
    ),
)

MANDATES = SheetSpec(
    "mandates",
    "Mandates",
    "Mandaten",
    MANDATE_FIELDS,
    _cols(
        [
            _ID,
            *_ref("grantor", "Grantor", "Mandaatgever", 12),
            *_ref("holder", "Holder", "Gemandateerde", 12),
            ("power", "Power", "Bevoegdheid", 22),
            ("description", "Description", "Omschrijving", 32),
            ("instrument", "Instrument", "Instrument", 18),
            ("scope", "Scope", "Reikwijdte", 12),
            ("budget", "Budget (EUR)", "Budget (EUR)", 12),
            ("sub_mandate_levels", "Sub-mandate levels", "Ondermandaat (niveaus)", 12),
            ("in_writing", "In writing", "Schriftelijk", 10),
            ("consent", "Consent", "Instemming", 10),
            (
                "holder_works_under_grantor",
                "Works under grantor",
                "Werkt onder verantwoordelijkheid mandaatgever",
                14,
            ),
            ("reserves_deviation", "Deviation reserved", "Afwijken voorbehouden", 12),
            ("legal_basis", "Legal basis", "Wettelijke grondslag", 22),
            *_VALIDITY,
            ("practice", "Practice", "Werkpraktijk", 14),
        ]
    ),
    legacy=(
        (
            Column("sub_mandate_allowed", "Sub-mandate allowed", "Ondermandaat toegestaan"),
            LEGACY_MANDATE["sub_mandate_allowed"],
        ),
    ),
)

NEEDS = SheetSpec(
    "needs",
    "Needs",
    "Benodigde besluiten",
    NEED_FIELDS,
    _cols(
        [
            _ID,
            ("decision", "Decision", "Beslissing", 40),
            ("power", "Power", "Bevoegdheid", 22),
            ("budget", "Budget (EUR)", "Budget (EUR)", 12),
            *_ref("handler", "Handler", "Behandelaar", 12),
            ("organisations", "Organisations", "Organisaties", 28),
            ("urgency", "Urgency", "Urgentie", 10),
            ("deadline", "Deadline", "Uiterste datum", 12),
            ("deviates", "Deviates from the rule", "Wijkt af van de regel", 12),
            _NOTES,
        ]
    ),
)

ORGANISATIONS = SheetSpec(
    "organisations",
    "Organisations",
    "Organisaties",
    ORGANISATION_FIELDS,
    _cols(
        [
            _ID,
            ("name", "Name", "Naam", 30),
            ("kind", "Kind", "Soort", 20),
            *_ref("parent", "Part of", "Onderdeel van", 10),
            ("collapsed", "Collapsed", "Ingeklapt", 10),
            _NOTES,
        ]
    ),
)

POWERS = SheetSpec(
    "powers",
    "Powers",
    "Bevoegdheden",
    POWER_FIELDS,
    _cols(
        [
            _ID,
            ("name", "Power", "Bevoegdheid", 30),
            ("category", "Category", "Categorie", 20),
            ("legal_basis", "Legal basis", "Wettelijke grondslag", 28),
            ("rule_type", "Kind of rule", "Soort regel", 14),
            *_ref("holder", "Holder", "Bevoegd orgaan", 10),
            ("mandate", "Mandate", "Mandaat", 18),
            ("act", "Kind of act", "Soort handeling", 16),
            _NOTES,
        ]
    ),
)

AGREEMENTS = SheetSpec(
    "agreements",
    "Agreements",
    "Afspraken",
    AGREEMENT_FIELDS,
    _cols(
        [
            _ID,
            ("name", "Agreement", "Afspraak", 30),
            ("kind", "Kind", "Soort", 20),
            ("parties", "Parties", "Partijen", 30),
            *_ref("decider", "Decides", "Beslist", 10),
            ("covers", "Covers", "Betreft", 28),
            ("in_writing", "In writing", "Schriftelijk", 10),
            *_VALIDITY,
            _NOTES,
        ]
    ),
)

ACCEPTED = SheetSpec(
    "accepted", "Accepted findings", "Geaccepteerd", ACCEPTANCE_FIELDS,
    _cols([
        _ID,
        # the finding by its title in the reader's language, its code last (new user,
        # tenth round): read back is the code; a workbook of before, whose "Bevinding" held
        # the code, still reads (exports.excel_import)
        ("title_of:finding", "Finding", "Bevinding", 48),
        ("reason", "Reason", "Reden", 48),
        ("by", "By", "Door", 20),
        ("on", "On", "Op", 12),
        ("until", "Until", "Tot en met", 12),
        ("content", "Fingerprint", "Vingerafdruk", 14),
        ("finding", "Finding (code)", "Bevinding (code)", 34),
    ]),
)  # fmt: skip

RULES = SheetSpec(
    "rules",
    "Rules",
    "Regels",
    RULE_FIELDS,
    _cols(
        [
            _ID,
            ("name", "Rule", "Regel", 30),
            ("rule_type", "Kind of rule", "Soort regel", 14),
            *_ref("owner", "Owner", "Eigenaar", 10),
            ("applies_to", "Applies to", "Geldt voor", 24),
            ("introduced", "Introduced", "Ingevoerd", 12),
            ("origin", "Origin", "Aanleiding", 14),
            ("origin_note", "What led to it", "Toelichting aanleiding", 36),
            ("burden", "Burden per case", "Last per casus", 10),
            ("practice", "Practice", "Werkpraktijk", 12),
            _NOTES,
        ]
    ),
)

DEVIATIONS = SheetSpec(
    "deviations",
    "Deviations",
    "Afwijkingen",
    DEVIATION_FIELDS,
    _cols(
        [
            _ID,
            ("date", "Date", "Datum", 12),
            *_ref("decided_by", "Decided by", "Besloten door", 10),
            ("rule", "Rule (id)", "Regel (id)", 10),
            ("need", "Need (id)", "Besluit (id)", 10),
            ("reason", "Reason", "Reden", 40),
            ("outcome", "Outcome", "Uitkomst", 12),
            ("comparable_to", "Comparable to", "Vergelijkbaar met", 16),
            *_ref("reported_to", "Reported to", "Gemeld aan", 10),
            _NOTES,
        ]
    ),
)

SHEETS: tuple[SheetSpec, ...] = (
    ACTORS, RELATIONSHIPS, MANDATES, NEEDS, ORGANISATIONS, POWERS, AGREEMENTS, RULES,
    DEVIATIONS, ACCEPTED,
)  # fmt: skip

#: Overview rows: case field, English label, Dutch label.
CASE_ROWS: tuple[tuple[str, str, str], ...] = (
    ("title", "Title", "Titel"),
    ("intent", "Intent", "Bedoeling"),
    ("description", "Description", "Beschrijving"),
    ("as_of", "As of", "Peildatum"),
    ("intent_owner", "Intent owner", "Eigenaar bedoeling"),
    ("step_days", "Working days per step", "Werkdagen per stap"),
)
#: Earlier labels of overview rows, still read back.
CASE_ROW_ALIASES: dict[str, tuple[str, ...]] = {
    "intent_owner": ("Intent owner (id)", "Eigenaar bedoeling (id)"),
}

_TITLES = {
    "overview": ("Overview", "Overzicht"),
    "findings": ("Findings", "Bevindingen"),
    "metrics": ("Metrics", "Maten"),
    "trust": ("Trust matrix", "Vertrouwensmatrix"),
    "quadrants": ("Power-interest", "Invloed-belang"),
    "map": ("Map", "Kaart"),
    "trend": ("Trend", "Verloop"),
    "lists": ("Lists", "Lijsten"),
}


def sheet_title(key: str, lang: Lang) -> str:
    """The name of a non-entity sheet (``overview``, ``findings``, ...) in ``lang``."""
    en, nl = _TITLES[key]
    return nl if lang == "nl" else en
