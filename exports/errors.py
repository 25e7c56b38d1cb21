"""Errors and warnings of imports and exports, located by sheet, row and column.

An import collects every problem it finds before giving up, so a user fixes a spreadsheet in
one go. Problems that do not stop the import (an empty row skipped, a duplicate label merged)
come back as warnings with the imported case.
"""

from __future__ import annotations

from dataclasses import dataclass

from exports.cell_messages import CELL_MESSAGES
from exports.file_messages import FILE_MESSAGES
from exports.register_messages import REGISTER_MESSAGES
from models.errors import MESSAGES as MODEL_MESSAGES
from models.errors import KvmapError, Problem, more_problems
from models.i18n import Catalogue, Lang
from models.value_words import escaped

__all__ = [
    "MESSAGES",
    "ExchangeError",
    "ExportFileError",
    "ImportFileError",
    "Problems",
    "SheetProblem",
    "UnsafeFileError",
    "problem",
    "relocated",
]

# texts two readers share (the exchange formats' and the mandate register's), written once; the
# model's file messages (file_missing, not_utf8, ...) come from models.errors (Problem.message)
_HEADER_TWICE = (
    "this column and column {first} both mean {name}; only one can be read: rename or"
    " remove one of them",
    "deze kolom en kolom {first} betekenen allebei {name}; maar één ervan kan gelezen"
    " worden: geef er één een andere naam of verwijder hem",
)
_FORMULA_NO_VALUE = (
    "formula without a stored value (open and save the file in Excel or LibreOffice)",
    "formule zonder opgeslagen uitkomst (open en bewaar het bestand in Excel of LibreOffice)",
)
_DUPLICATE_ID = (
    'id "{id}" also on row {other}; row skipped',
    'id "{id}" staat ook op rij {other}; rij overgeslagen',
)

MESSAGES = Catalogue(
    {
        # hostile or broken input
        "not_xlsx": (
            "not an Excel workbook (.xlsx): {reason}",
            "geen Excel-werkmap (.xlsx): {reason}",
        ),
        "xlsx_incomplete": (
            "the file is damaged or incomplete (not a complete Excel workbook; it breaks off"
            " after {size} bytes). Save or copy it again from where it came from",
            "het bestand is beschadigd of onvolledig (geen volledige Excel-werkmap; het houdt op"
            " na {size_nl} bytes). Sla het opnieuw op of kopieer het opnieuw van de bron",
        ),
        "zip_too_large": (
            "the workbook unpacks to {size:,} bytes; the limit is {limit:,} bytes",
            "de werkmap pakt uit tot {size:,} bytes; de grens is {limit:,} bytes",
        ),
        "zip_too_many_parts": (
            "the workbook has {count} parts; the limit is {limit}",
            "de werkmap heeft {count} onderdelen; de grens is {limit}",
        ),
        "zip_ratio": (
            "part {part} is compressed {ratio}:1, which looks like a zip bomb; refused",
            "onderdeel {part} is {ratio}:1 gecomprimeerd, dat lijkt op een zipbom; geweigerd",
        ),
        "too_many_rows": (
            "more than {limit} rows",
            "meer dan {limit} rijen",
        ),
        "xlsx_too_many_columns": (
            "a cell lies beyond column {limit}; the limit is {limit} columns",
            "een cel ligt voorbij kolom {limit}; de grens is {limit} kolommen",
        ),
        "xlsx_too_many_cells": (
            "the workbook has more than {limit} cells",
            "de werkmap heeft meer dan {limit} cellen",
        ),
        "xlsx_grid_too_large": (
            "the rows reach out to more than {limit} cells in all (rows filled up to their "
            "last cell)",
            "de rijen lopen samen tot meer dan {limit} cellen (rijen aangevuld tot hun laatste "
            "cel)",
        ),
        "xlsx_declared_too_large": (
            "the sheet declares the range {ref}, more than {limit} cells",
            "het blad geeft het bereik {ref} op, meer dan {limit} cellen",
        ),
        "xlsx_too_many_strings": (
            "the workbook has more than {limit} shared strings",
            "de werkmap heeft meer dan {limit} gedeelde teksten",
        ),
        "xlsx_strings_too_large": (
            "the shared strings unpack to {size:,} bytes; the limit is {limit:,} bytes",
            "de gedeelde teksten pakken uit tot {size:,} bytes; de grens is {limit:,} bytes",
        ),
        "xml_forbidden": (
            "the XML declares {what}; entity expansion and external entities are refused",
            "de XML declareert {what_nl}; entiteiten en externe verwijzingen worden geweigerd",
        ),
        "xml_bad": ("malformed XML: {reason}", "ongeldige XML: {reason}"),
        "write_failed": ("could not write: {reason}", "schrijven mislukt: {reason}"),
        "write_parent_not_folder": (
            "could not write: {name} is a file, not a folder; nothing was written",
            "schrijven mislukt: {name} is een bestand, geen map; er is niets geschreven",
        ),
        "folder_missing": (
            "could not write: the folder {name} does not exist; nothing was written",
            "schrijven mislukt: de map {name} bestaat niet; er is niets geschreven",
        ),
        "unknown_format": (
            "unknown file type {suffix}; use one of {choices}",
            "onbekend bestandstype {suffix}; gebruik een van {choices}",
        ),
        "xlsx_password": (
            "the workbook is protected with a password, so it cannot be read; open it in Excel,"
            " remove the password (File › Info › Protect Workbook › Encrypt with Password) and"
            " save it again",
            "de werkmap is met een wachtwoord beveiligd en kan daarom niet worden gelezen; open"
            " hem in Excel, haal het wachtwoord weg (Bestand › Info › Werkmap beveiligen ›"
            " Versleutelen met wachtwoord) en sla hem opnieuw op",
        ),
        "no_suffix": (
            "the file name has no extension, so its type is unknown; use one of {choices}",
            "de bestandsnaam heeft geen extensie, dus het bestandstype is onbekend; gebruik een"
            " van {choices}",
        ),
        "old_excel": (
            "{suffix} is Excel's format from before 2007, which is not read; open the file in"
            " Excel or LibreOffice and save it as an .xlsx workbook",
            "{suffix} is het Excel-formaat van vóór 2007, dat niet wordt gelezen; open het bestand"
            " in Excel of LibreOffice en sla het op als .xlsx-werkmap",
        ),
        "bad_encoding": (
            "the text cannot be decoded: {reason}",
            "de tekst is niet te decoderen: {reason}",
        ),
        "nul_bytes": (
            "the file contains NUL bytes: it is not a text file (or UTF-16 without a byte-order "
            "mark that could not be recognised); save it as CSV UTF-8",
            "het bestand bevat NUL-bytes: het is geen tekstbestand (of UTF-16 zonder herkenbare "
            "byte-order mark); sla het op als CSV UTF-8",
        ),
        "mixed_encoding": (
            "this row is not UTF-8 while the rest of the file is; read it as Windows-1252, "
            "check its accents (the file mixes two encodings)",
            "deze rij is geen UTF-8 en de rest van het bestand wel; gelezen als Windows-1252, "
            "controleer de accenten (het bestand mengt twee tekencoderingen)",
        ),
        "too_many_nodes": (
            "{count} nodes; a map holds at most {limit} actors; nothing is imported",
            "{count} knopen; een kaart bevat hoogstens {limit} actoren; er is niets geïmporteerd",
        ),
        "too_many_edges": (
            "{count} edges; a map holds at most {limit} relationships and mandates; nothing is"
            " imported",
            "{count} verbindingen; een kaart bevat hoogstens {limit} relaties en mandaten; er is"
            " niets geïmporteerd",
        ),
        "csv_too_many_cells": (
            "the file holds about {count} cells; the limit is {limit}",
            "het bestand bevat ongeveer {count} cellen; de grens is {limit}",
        ),
        # structure
        "no_sheet": (
            "no sheet with {what} found (looked for headers {headers})",
            "geen blad met {what} gevonden (gezocht naar kopjes {headers})",
        ),
        "missing_column": ("column {name} is missing", "kolom {name} ontbreekt"),
        "sheet_missing_column": (
            "the sheet has rows but no column {name}; none of its rows can be read",
            "het blad heeft rijen maar geen kolom {name}; geen van de rijen kan worden gelezen",
        ),
        "report_sheet_missing": (
            "sheet {name} is missing; the workbook cannot be read without it",
            "blad {name} ontbreekt; zonder dat blad is de werkmap niet te lezen",
        ),
        "header_twice": _HEADER_TWICE,
        "required_empty": (
            "empty; expected one of: {choices}; row skipped",
            "leeg; verwacht een van: {choices}; rij overgeslagen",
        ),
        "kind_empty_other": (
            "empty; read as {kind}: check the kind, the analysis depends on it",
            "leeg; gelezen als {kind}: controleer de soort, de analyse hangt ervan af",
        ),
        "empty_id": (
            "empty ID while the other rows have one; the actor gets a new ID, so rows that"
            " refer to an ID it had no longer find it",
            "lege ID terwijl de andere rijen er een hebben; de actor krijgt een nieuwe ID,"
            " dus rijen die naar een eerdere ID verwijzen vinden hem niet meer",
        ),
        "duplicate_id_refused": _DUPLICATE_ID,
        "formula_no_value": _FORMULA_NO_VALUE,
        "register_is_report": (
            "this is a Krachtenveld report, not a mandate register; open it as a whole map"
            " with File › Import…",
            "dit is een Krachtenveld-rapport, geen mandaatregister; open het als hele kaart"
            " met Bestand › Importeren…",
        ),
        "csv_unclosed_quote": (
            "a quote is opened on this row and never closed; is the file complete?",
            "op deze rij wordt een aanhalingsteken geopend en nooit gesloten; is het bestand"
            " volledig?",
        ),
        "edges_file_missing": (
            "{file} not found beside {entry}: no relationships or mandates imported",
            "{file} niet gevonden naast {entry}: geen relaties of mandaten geïmporteerd",
        ),
        "not_graph": (
            "not a {format} file: {reason}",
            "geen {format}-bestand: {reason}",
        ),
        "no_actors": ("the file contains no actors", "het bestand bevat geen actoren"),
        "not_json": ("not valid JSON ({reason})", "geen geldige JSON ({reason})"),
        "need_not_object": (
            "expected an object, got {got}; need skipped",
            "verwacht een object, kreeg {got}; benodigd besluit overgeslagen",
        ),
        "item_not_object": (
            "expected an object, got {got}; item skipped",
            "verwacht een object, kreeg {got}; onderdeel overgeslagen",
        ),
        # rows
        "empty_row": ("empty row skipped", "lege rij overgeslagen"),
        "empty_label": (
            "no label; row skipped",
            "geen label; rij overgeslagen",
        ),
        "duplicate_label": (
            'label "{label}" also on row {other}; merged into that element',
            'label "{label}" staat ook op rij {other}; samengevoegd met dat element',
        ),
        "duplicate_id": _DUPLICATE_ID,
        "unknown_actor": (  # in a sheet or CSV; GraphML/GEXF: edge_target_no_node below
            'no element "{name}"; an actor "{name}" was made so that the row is kept: check its'
            " name and kind, or add a row for it",
            'geen element "{name}"; er is een actor "{name}" voor gemaakt zodat de rij blijft:'
            " controleer naam en soort, of voeg er een rij voor toe",
        ),
        # an edge of a GraphML or GEXF file whose end is no node (hostile review 8): the
        # actor is made so the edge is not lost, and the message says which end and how to mend
        "edge_source_no_node": (
            'its source "{name}" is no <node> of the file; an actor "{name}" was made so that'
            ' the edge is kept: check its name and kind, or add <node id="{name}"> to the file',
            'de bron "{name}" is geen <node> in het bestand; er is een actor "{name}" voor'
            " gemaakt zodat de verbinding blijft: controleer naam en soort, of voeg"
            ' <node id="{name}"> toe aan het bestand',
        ),
        "edge_target_no_node": (
            'its target "{name}" is no <node> of the file; an actor "{name}" was made so that'
            ' the edge is kept: check its name and kind, or add <node id="{name}"> to the file',
            'het doel "{name}" is geen <node> in het bestand; er is een actor "{name}" voor'
            " gemaakt zodat de verbinding blijft: controleer naam en soort, of voeg"
            ' <node id="{name}"> toe aan het bestand',
        ),
        "ref_id_name_disagree": (
            '{id_column} "{id}" is {actual}, but {name_column} says "{name}"; the id is used:'
            " correct the name or the id",
            '{id_column} "{id}" is {actual}, maar {name_column} zegt "{name}"; het id is'
            " gebruikt: verbeter de naam of het id",
        ),
        "ref_id_unknown_name_used": (
            'no actor has {id_column} "{id}"; {name_column} "{name}" is used instead',
            'geen actor heeft {id_column} "{id}"; {name_column} "{name}" is in plaats daarvan'
            " gebruikt",
        ),
        "unknown_actor_skipped": (
            'no actor "{name}"; row skipped',
            'geen actor "{name}"; rij overgeslagen',
        ),
        "blank_end": (
            "empty end of a connection; row skipped",
            "leeg uiteinde van een verbinding; rij overgeslagen",
        ),
        "unknown_handler": (
            'no actor "{name}"; the need is kept without a handler',
            'geen actor "{name}"; het benodigde besluit is bewaard zonder behandelaar',
        ),
        "self_loop": (
            "connection from an element to itself skipped",
            "verbinding van een element naar zichzelf overgeslagen",
        ),
        "type_kept": (
            'type "{type}" is not one of ours; imported as {kind}, original kept',
            'type "{type}" kennen we niet; geïmporteerd als {kind}, origineel bewaard',
        ),
        "bad_value": ("{message}", "{message}"),
        "expected_yes_no": (
            "expected yes or no, got {got}",
            "verwacht ja of nee, kreeg {got}",
        ),
        "too_many_problems": (
            "more than {limit} problems; stopped",
            "meer dan {limit} problemen; gestopt",
        ),
        # mandate register (the rest in exports.register_messages)
        "register_header_twice": _HEADER_TWICE,
        "register_formula_no_value": _FORMULA_NO_VALUE,
        # exports
        "graphviz_missing": (
            "Graphviz ({program}) is not installed or not on PATH; install it from "
            "https://graphviz.org/download/ or export .dot and render it elsewhere",
            "Graphviz ({program}) is niet geïnstalleerd of niet te vinden; installeer het via "
            "https://graphviz.org/download/ of exporteer .dot en teken het elders",
        ),
        "graphviz_failed": (
            "Graphviz ({program}) failed: {reason}",
            "Graphviz ({program}) mislukte: {reason}",
        ),
        "image_too_large": (
            "the picture would be {width_en} × {height_en} pixels: too large (at most {millions}"
            " million pixels in all, or {limit_en} per side); lower the DPI to about {dpi_en}"
            " at most",
            "de afbeelding zou {width_nl} × {height_nl} pixels worden: te groot (hoogstens"
            " {millions} miljoen pixels in totaal, of {limit_nl} per zijde); verlaag de DPI tot"
            " hoogstens ca. {dpi_nl}",
        ),
        "empty_scene": ("nothing to draw", "niets om te tekenen"),
        **FILE_MESSAGES,
        **CELL_MESSAGES,
        **REGISTER_MESSAGES,
    }
)

_WHERE = {
    "sheet": ("sheet {0}", "blad {0}"),
    "file": ("file {0}", "bestand {0}"),  # a CSV file of a set: no sheet
    "row": ("row {0}", "rij {0}"),
    "column": ("column {0}", "kolom {0}"),
}


@dataclass(frozen=True, slots=True)
class SheetProblem(Problem):
    """A problem in an imported or exported file, located by sheet, row and column.

    ``location`` holds the English rendering; :meth:`render` localises it.
    """

    sheet: str = ""
    row: int | None = None
    column: str = ""

    def where(self, lang: Lang = "en") -> str:
        """``sheet "Actors", row 5, column "Influence"`` in ``lang``."""
        index = 1 if lang == "nl" else 0
        parts: list[str] = []
        if self.sheet:
            part = "file" if self.sheet.casefold().endswith((".csv", ".tsv", ".txt")) else "sheet"
            parts.append(_WHERE[part][index].format(f'"{self.sheet}"'))
        if self.row is not None:
            parts.append(_WHERE["row"][index].format(self.row))
        if self.column:
            parts.append(_WHERE["column"][index].format(f'"{self.column}"'))
        return ", ".join(parts) if parts else self.location

    def message(self, lang: Lang = "en") -> str:
        if self.key in MESSAGES:
            return MESSAGES.text(self.key, lang, **self.params)
        return MODEL_MESSAGES.text(self.key, lang, **self.params)

    def render(self, lang: Lang = "en") -> str:
        where = self.where(lang)
        text = self.message(lang)
        return f"{escaped(where)}: {text}" if where else text


def problem(
    key: str, *, sheet: str = "", row: int | None = None, column: str = "", **params: object
) -> SheetProblem:
    """Build a located problem."""
    located = SheetProblem("", key, params, sheet, row, column)
    return SheetProblem(located.where("en"), key, params, sheet, row, column)


def relocated(
    original: Problem, *, sheet: str = "", row: int | None = None, column: str = ""
) -> SheetProblem:
    """``original`` with a new sheet/row/column."""
    located = SheetProblem("", original.key, original.params, sheet, row, column)
    return SheetProblem(located.where("en"), original.key, original.params, sheet, row, column)


class Problems:
    """Collects errors (the import fails) and warnings (it goes on) up to a limit."""

    LIMIT = 200

    def __init__(self, source: str = "") -> None:
        self.source = source
        self.errors: list[SheetProblem] = []
        self.warnings: list[SheetProblem] = []
        #: every warning met, also those past the limit (so a summary can say how many)
        self.warning_total = 0
        #: every error met, also those past the limit (the list then ends "… and N more")
        self.error_total = 0

    def error(
        self,
        key: str,
        *,
        sheet: str = "",
        row: int | None = None,
        column: str = "",
        **params: object,
    ) -> None:
        """Record a problem that makes the import fail."""
        self.record(problem(key, sheet=sheet, row=row, column=column, **params))

    def record(self, located: SheetProblem) -> None:
        """Record a located problem that makes the import fail."""
        self.error_total += 1
        if len(self.errors) < self.LIMIT:
            self.errors.append(located)

    def warn(
        self,
        key: str,
        *,
        sheet: str = "",
        row: int | None = None,
        column: str = "",
        **params: object,
    ) -> None:
        """Record a problem the import works around."""
        self.warning_total += 1
        if len(self.warnings) < self.LIMIT:
            self.warnings.append(problem(key, sheet=sheet, row=row, column=column, **params))

    def raise_if_errors(self) -> None:
        """Raise :class:`ImportFileError` with every error (and warning) collected so far."""
        if self.errors:
            listed: list[Problem] = list(self.errors)
            if self.error_total > len(listed):
                listed.append(more_problems(len(listed), self.error_total))
            raise ImportFileError(listed, self.source, warnings=list(self.warnings))


class ExchangeError(KvmapError):
    """Base of import and export errors."""


class ImportFileError(ExchangeError):
    """A file could not be imported; ``problems`` say where and why, per sheet and row."""

    def __init__(
        self, problems: list[Problem], source: str = "", *, warnings: list[Problem] | None = None
    ) -> None:
        super().__init__(problems, source)
        self.warnings = list(warnings or [])


class UnsafeFileError(ImportFileError):
    """A file refused before parsing: a zip bomb, too many rows, XML entities."""


class ExportFileError(ExchangeError):
    """An export could not be written (Graphviz missing, disk full, picture too large)."""
