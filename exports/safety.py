"""Safe reading and writing of spreadsheets, CSV and XML from untrusted sources.

* Text that a spreadsheet would evaluate (it starts with ``= + - @``, tab or carriage return)
  is written as plain text: in xlsx as a string cell with Excel's quote prefix, in CSV with a
  leading apostrophe. Numbers stay numbers.
* An xlsx is a zip of XML parts. :func:`check_xlsx` looks at the zip directory and streams the
  parts *before* openpyxl loads anything: total unpacked size, number of parts, compression
  ratio per part, and no DTD in any XML part; then it counts the work the parts ask for (rows,
  cells, columns, the grid openpyxl would fill, shared strings; :mod:`exports.xlsx_scan`).
* Every other XML (GraphML, GEXF) is parsed with defusedxml, which refuses DTDs, entity
  declarations and external references.
"""

from __future__ import annotations

import dataclasses
import io
import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import Element, TreeBuilder

from exports.errors import ImportFileError, SheetProblem, UnsafeFileError, problem, relocated
from exports.library_words import (
    FORBIDDEN_XML,
    NO_CONTENT_TYPES,
    damage_reason,
    xml_reason,
    zip_reason,
)
from exports.xlsx_scan import TooMuchWork, WorkLimits, scan_part, sheet_titles
from models.errors import Problem
from models.filetext import zero_problem
from models.safeio import ReadRefusedError, read_file, zeros_only

__all__ = [
    "DAMAGED_XLSX",
    "LIMITS",
    "TRIGGERS",
    "XlsxLimits",
    "check_xlsx",
    "clean_text",
    "continued_sheet",
    "csv_escape",
    "csv_unescape",
    "damaged_workbook",
    "is_continued",
    "needs_quote",
    "open_workbook",
    "parse_xml",
    "raised_by_library",
    "read_limited",
    "write_cell",
]

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class XlsxLimits:
    """What an xlsx may be before it is refused unread."""

    file_bytes: int = 64 * 1024 * 1024
    unpacked_bytes: int = 256 * 1024 * 1024
    parts: int = 2_000
    ratio: int = 200  # per part, when the part unpacks to more than ratio_floor bytes
    ratio_floor: int = 1024 * 1024
    rows: int = 200_000
    work: WorkLimits = field(default_factory=WorkLimits)


LIMITS = XlsxLimits()
XML_LIMIT = 128 * 1024 * 1024


def needs_quote(text: str) -> bool:
    """Whether a spreadsheet would evaluate ``text`` (or it needs escaping to stay reversible).

    Examples
    --------
    >>> needs_quote("=SUM(A1)"), needs_quote("'=x"), needs_quote("'t Gooi"), needs_quote("")
    (True, True, False, False)
    """
    if not text:
        return False
    if text[0] in TRIGGERS:
        return True
    return text[0] == "'" and needs_quote(text[1:])


def csv_escape(value: object) -> object:
    """``value`` for a CSV cell: formula-looking text gets a leading ``'``.

    Examples
    --------
    >>> csv_escape("=1+1"), csv_escape(-3), csv_escape("Anna")
    ("'=1+1", -3, 'Anna')
    """
    if isinstance(value, str) and needs_quote(value):
        return "'" + value
    return value


def csv_unescape(text: str) -> str:
    """Undo :func:`csv_escape`.

    Examples
    --------
    >>> csv_unescape("'=1+1"), csv_unescape("'t Gooi"), csv_unescape("''=x")
    ('=1+1', "'t Gooi", "'=x")
    """
    if text.startswith("'") and needs_quote(text[1:]):
        return text[1:]
    return text


_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


#: Excel keeps at most this many characters in a cell
CELL_LIMIT = 32_767
#: the hidden sheet that holds the rest of longer texts, joined again on import; named in the
#: workbook's language (its document property ``language``, set by
#: :func:`exports.office_properties.stamp_workbook`; a Dutch report had the English name: new
#: user at scale, session 14, F10), at most Excel's 31 characters
CONTINUED_SHEETS = {
    "en": "Krachtenveld long text (ignore)",
    "nl": "Vervolg lange teksten (negeren)",
}
CONTINUED_SHEET = CONTINUED_SHEETS["en"]


def continued_sheet(wb: Any) -> str:
    """The name of ``wb``'s sheet of continued texts, in its language (English by default).

    >>> from openpyxl import Workbook
    >>> wb = Workbook()
    >>> wb.properties.language = "nl-NL"
    >>> continued_sheet(wb)
    'Vervolg lange teksten (negeren)'
    """
    language = getattr(getattr(wb, "properties", None), "language", None) or ""
    return CONTINUED_SHEETS["nl" if language.startswith("nl") else "en"]


def is_continued(title: str) -> bool:
    """Whether a sheet named ``title`` holds continued texts (in either language)."""
    return title in CONTINUED_SHEETS.values()


def clean_text(text: str) -> str:
    """``text`` as a cell holds it: without the control characters Excel refuses, and no
    longer than :data:`CELL_LIMIT` (the rest goes to the sheet of continued texts)."""
    return _ILLEGAL.sub("", text)[:CELL_LIMIT]


def write_cell(cell: Any, value: object) -> None:
    """Put ``value`` into an openpyxl cell; text never becomes a formula.

    Text longer than Excel's :data:`CELL_LIMIT` keeps its first part in the cell and the rest
    in the hidden sheet :func:`continued_sheet` (sheet, row, column, then the rest in pieces),
    which :func:`continued_texts` reads to join it again.
    """
    if isinstance(value, str):
        text = _ILLEGAL.sub("", value)
        if len(text) > CELL_LIMIT:
            _continue(cell, text[CELL_LIMIT:])
            text = text[:CELL_LIMIT]
        # openpyxl's value setter would look for the control characters again, cut at the
        # same limit and guess a type that the next line replaces: the text is set as it is
        cell._value = text
        cell.data_type = "s"
        if needs_quote(text):
            cell.quotePrefix = True
    else:
        cell.value = value


def _continue(cell: Any, rest: str) -> None:
    wb = cell.parent.parent
    name = continued_sheet(wb)
    if name in wb.sheetnames:
        sheet = wb[name]
    else:
        sheet = wb.create_sheet(name)
        sheet.sheet_state = "hidden"
        sheet.append(_topped(sheet, ["sheet", "row", "column", "text"]))
    pieces = [rest[i : i + CELL_LIMIT] for i in range(0, len(rest), CELL_LIMIT)]
    # one row, appended whole (the report's sheets are write-only), at the top of its row
    sheet.append(_topped(sheet, [cell.parent.title, cell.row, cell.column, *pieces]))


def _topped(sheet: Any, values: list[object]) -> list[Any]:
    """Cells of ``values`` for ``sheet``, aligned to the top; text stays text."""
    from openpyxl.cell import Cell
    from openpyxl.styles import Alignment

    top = Alignment(vertical="top")
    cells = []
    for column, value in enumerate(values, start=1):
        made = Cell(sheet, row=1, column=column)  # placed by append
        made.value = value
        if isinstance(value, str):
            made.data_type = "s"
        made.alignment = top
        cells.append(made)
    return cells


def continued_texts(wb: Any) -> dict[tuple[str, int, int], str]:
    """The rest of each long text, by (sheet, row, column), from the sheet of continued texts
    (:data:`CONTINUED_SHEETS`, in either language)."""
    name = next((n for n in getattr(wb, "sheetnames", ()) if is_continued(n)), None)
    if name is None:
        return {}
    sheet = wb[name]
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()
    found: dict[tuple[str, int, int], str] = {}
    for values in sheet.iter_rows(min_row=2, values_only=True):
        if len(values) < 4 or not isinstance(values[0], str):
            continue
        row, column = values[1], values[2]
        if not isinstance(row, int) or not isinstance(column, int):
            continue
        found[(values[0], row, column)] = "".join(v for v in values[3:] if isinstance(v, str))
    return found


# --------------------------------------------------------------------------- xlsx
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file: .xls, or an encrypted .xlsx
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")  # the stream an encrypted workbook is in


def check_xlsx(path: str | os.PathLike[str], limits: XlsxLimits = LIMITS) -> bytes:
    """Refuse a workbook that is too big, a zip bomb, asks for too much work or declares a DTD.

    Returns the bytes checked (read once, regular files only). Raises
    :class:`UnsafeFileError` (or :class:`ImportFileError` for a missing/broken file).
    """
    source = str(path)
    data = read_limited(path, limits.file_bytes)
    if not data:  # a failed copy, a sync client's placeholder: not "not a zip file"
        raise ImportFileError([problem("file_empty")], source)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            _check_zip(zf, limits, source)
    except (
        zipfile.BadZipFile,
        OSError,
        EOFError,
        RuntimeError,
        NotImplementedError,
        ValueError,
        zlib.error,
    ) as exc:
        if data.startswith(b"PK\x03\x04"):  # a zip that breaks off: cut short in a copy or
            # a download (hostile review 7, F6: "File is not a zip file" said nothing of that)
            size = f"{len(data):,}"
            cut = problem("xlsx_incomplete", size=size, size_nl=size.replace(",", "."))
            raise UnsafeFileError([cut], source) from None
        if data.startswith(_OLE) and _ENCRYPTED in data:  # Excel's password (MS-OFFCRYPTO):
            # the workbook encrypted inside an OLE file (hostile review 21, H6)
            raise UnsafeFileError([problem("xlsx_password")], source) from None
        said = zip_reason(exc)
        wrong = problem("not_xlsx", reason=said["reason"], reason_nl=said["reason_nl"])
        raise UnsafeFileError([wrong], source) from None
    return data


def _check_zip(zf: zipfile.ZipFile, limits: XlsxLimits, source: str) -> None:
    infos = zf.infolist()
    if len(infos) > limits.parts:
        raise UnsafeFileError(
            [problem("zip_too_many_parts", count=len(infos), limit=limits.parts)], source
        )
    total = sum(i.file_size for i in infos)
    if total > limits.unpacked_bytes:
        raise UnsafeFileError(
            [problem("zip_too_large", size=total, limit=limits.unpacked_bytes)], source
        )
    for info in infos:
        if info.file_size > limits.ratio_floor:
            ratio = info.file_size // max(info.compress_size, 1)
            if ratio > limits.ratio:
                bomb = problem("zip_ratio", part=info.filename, ratio=ratio)
                raise UnsafeFileError([bomb], source)
    if "[Content_Types].xml" not in zf.namelist():
        en, nl = NO_CONTENT_TYPES
        raise UnsafeFileError([problem("not_xlsx", reason=en, reason_nl=nl)], source)
    work = dataclasses.replace(limits.work, rows=limits.rows)
    strings = [i for i in infos if i.filename.casefold() == "xl/sharedstrings.xml"]
    if strings and strings[0].file_size > work.shared_strings_bytes:
        size, limit = strings[0].file_size, work.shared_strings_bytes
        raise UnsafeFileError([problem("xlsx_strings_too_large", size=size, limit=limit)], source)
    titles = sheet_titles(zf)
    # a worksheet is whatever the workbook's relationships point at, whatever its name
    sheets = set(titles) | {
        n for n in zf.namelist() if n.startswith("xl/worksheets/") and n.count("/") == 2
    }
    cells = strings_seen = 0
    # zipfile stops at the declared size, so a part that lies about its size cannot unpack to
    # more than the total checked above.
    for info in infos:
        name = info.filename
        is_sheet = name in sheets
        if not name.endswith((".xml", ".rels")) and not is_sheet:
            continue
        try:
            count = scan_part(
                zf, info, work, sheet=is_sheet, cells_before=cells, strings_before=strings_seen
            )
        except TooMuchWork as exc:
            sheet = titles.get(name, Path(name).stem) if is_sheet else ""
            found = relocated(Problem("", exc.key, exc.params), sheet=sheet)
            raise UnsafeFileError([found], source) from None
        strings_seen += count.strings
        cells += count.cells


# What openpyxl raises on a damaged or foreign workbook (it has no exception of its own for
# most of them): bad XML, bad zip data, a missing part, an attribute of the wrong type or out
# of range. Anything else (AttributeError, AssertionError, ...) is a bug and is not hidden.
DAMAGED_XLSX: tuple[type[Exception], ...] = (
    SyntaxError,  # xml.etree.ElementTree.ParseError
    zlib.error,
    zipfile.BadZipFile,
    EOFError,
    KeyError,
    IndexError,
    ValueError,  # UnicodeDecodeError too
    TypeError,  # openpyxl's typed descriptors refuse a value of the wrong type
    OverflowError,
    OSError,  # "File contains no valid workbook part" (we read from memory: never the disk)
)


def raised_by_library(exc: BaseException) -> bool:
    """Whether ``exc`` was raised inside openpyxl, zipfile or the XML parser (a damaged file),
    not in our reader (a bug, which must not be shown as file damage)."""
    tb = exc.__traceback__
    module = ""
    while tb is not None:
        module = str(tb.tb_frame.f_globals.get("__name__", ""))
        tb = tb.tb_next
    return module.split(".")[0] in _LIBRARIES


_LIBRARIES = frozenset({"openpyxl", "zipfile", "xml", "et_xmlfile", "gzip", "codecs", "encodings"})


def damaged_workbook(exc: Exception, source: str, sheet: str = "") -> UnsafeFileError:
    """The error for ``exc``, one of :data:`DAMAGED_XLSX` met while the sheets of an opened
    workbook were read, naming its cause (and the sheet being read). An exception raised in
    our own reader is a bug, not file damage: it is raised again as it is."""
    if not raised_by_library(exc):
        raise exc
    said = damage_reason(exc)  # the library's own text goes to the log
    if isinstance(exc, zipfile.BadZipFile | zlib.error | EOFError):
        key = "xlsx_damaged_zip"
    elif isinstance(exc, SyntaxError):  # xml.etree.ElementTree.ParseError
        key = "xlsx_damaged_xml"
    elif isinstance(exc, KeyError | OSError):  # a part named in the workbook but not in the zip
        key = "xlsx_missing_part"
    else:  # ValueError, TypeError, IndexError, OverflowError from openpyxl's typed attributes
        key = "xlsx_bad_value"
    found = problem(key, sheet=sheet, reason=said["reason"], reason_nl=said["reason_nl"])
    return UnsafeFileError([found], source)


def open_workbook(path: str | os.PathLike[str], limits: XlsxLimits = LIMITS) -> Any:
    """Check ``path`` with :func:`check_xlsx`, then load it with openpyxl (read-only, values
    only; each sheet sized without parsing it into elements: :mod:`exports.xlsx_load`)."""
    data = check_xlsx(path, limits)
    from openpyxl.utils.exceptions import InvalidFileException

    from exports.xlsx_load import load_sized

    try:
        # from memory (read once, checked): a workbook openpyxl fails on leaves no open file
        return load_sized(io.BytesIO(data))
    except (*DAMAGED_XLSX, InvalidFileException) as exc:
        said = zip_reason(exc)
        wrong = problem("not_xlsx", reason=said["reason"], reason_nl=said["reason_nl"])
        raise UnsafeFileError([wrong], str(path)) from None


# --------------------------------------------------------------------------- XML
def read_limited(path: str | os.PathLike[str], limit: int = XML_LIMIT) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit``; errors name the file.

    Every importer reads through here (and so through :func:`models.safeio.read_file`): a FIFO,
    a device such as ``/dev/zero`` or a folder is refused without blocking or filling memory.
    """
    try:
        return read_file(path, limit)
    except ReadRefusedError as exc:
        refused = relocated(Problem("", exc.key, exc.params))
        raise UnsafeFileError([refused], str(path)) from None


def refuse_blank(path: str | os.PathLike[str]) -> None:
    """Refuse a file to import that is empty or holds only zero bytes (a crash or a sync
    program left it so), saying that, before a reader calls it a malformed file (N5)."""
    zeros = zeros_only(path)
    if zeros is not None:
        said = relocated(zero_problem(zeros)) if zeros else problem("file_empty")
        raise ImportFileError([said], str(path))


def _forbidden(what: str) -> SheetProblem:
    said = FORBIDDEN_XML[what]
    return problem("xml_forbidden", what=said["what"], what_nl=said["what_nl"])


def parse_xml(
    data: bytes | IO[bytes], source: str = "", lines: dict[Element, int] | None = None
) -> Element:
    """Parse untrusted XML with defusedxml: no DTD, no entities, no external references;
    with ``lines``, the line each element starts on goes into it (a message names the line)."""
    import defusedxml
    from defusedxml import ElementTree as Det

    stream = io.BytesIO(data) if isinstance(data, bytes) else data
    forbid = {"forbid_dtd": True, "forbid_entities": True, "forbid_external": True}
    try:
        if lines is None:
            tree = Det.parse(stream, **forbid)
        else:
            builder = _LineBuilder(lines)
            builder.parser = Det.DefusedXMLParser(target=builder, **forbid)
            tree = Det.parse(stream, parser=builder.parser)
    except defusedxml.DTDForbidden:
        raise UnsafeFileError([_forbidden("dtd")], source) from None
    except defusedxml.EntitiesForbidden:
        raise UnsafeFileError([_forbidden("entities")], source) from None
    except defusedxml.ExternalReferenceForbidden:
        raise UnsafeFileError([_forbidden("external")], source) from None
    except (Det.ParseError, LookupError, ValueError) as exc:  # LookupError: bad encoding
        said = xml_reason(exc)
        bad = problem("xml_bad", reason=said["reason"], reason_nl=said["reason_nl"])
        raise UnsafeFileError([bad], source) from None
    root: Element = tree.getroot()
    return root


class _LineBuilder(TreeBuilder):
    """A tree builder that notes the line each element starts on (ElementTree keeps none)."""

    def __init__(self, lines: dict[Element, int]) -> None:
        super().__init__()
        self.lines = lines
        self.parser: Any = None  # the defused parser; its expat parser knows the line

    def start(self, tag: Any, attrs: dict[str, str]) -> Element:
        element = super().start(tag, attrs)
        self.lines[element] = int(self.parser.parser.CurrentLineNumber)
        return element
