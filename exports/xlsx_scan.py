"""Counting the work inside an xlsx before openpyxl does it (issue 13, item 5).

The zip checks of :mod:`exports.safety` bound the bytes; this module bounds the *work* those
bytes ask for. One streaming pass over each worksheet part and over the shared strings counts:

* rows, and the highest row number (openpyxl yields an empty row for every number skipped);
* cells, and the highest column (``XFD`` is column 16,384);
* the grid: for each row the column of its last cell, summed. openpyxl's read-only reader fills
  every row up to its last cell, so 20,000 rows each holding one cell in ``XFD`` (282 KB on
  disk) make 327 million values; the grid counts exactly that;
* the declared ``<dimension ref="A1:XFD20000"/>`` (a reader that trusts it fills that area);
* shared strings: their number and the size of the part (openpyxl loads all of them at once).

Every count stops at its limit, so a refusal costs at most one pass over the limit's worth of
XML. The message names the file, the sheet (its title from ``xl/workbook.xml``) and the limit.
"""

from __future__ import annotations

import codecs
import html
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

__all__ = ["SheetCount", "WorkLimits", "column_number", "scan_part", "sheet_titles"]

_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
# a start tag of a row or cell (with or without a namespace prefix) and its attributes
_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c|dimension|si)(?=[\s>/])([^>]*)>")
# any number of letters and digits: a reference with more than the sheet can hold is read
# whole and refused (hostile look 21, H1: r="1000000000" was not read at all and passed)
_REF = re.compile(rb'\br\s*=\s*["\']\$?([A-Za-z]+)?\$?(\d+)?["\']')
_DIM = re.compile(rb'\bref\s*=\s*["\']([^"\']*)["\']')
_CELL = re.compile(r"\$?([A-Za-z]+)\$?(\d+)")
#: more letters or (significant) digits than this is beyond every limit: not computed
_LONGEST = 9


@dataclass(frozen=True, slots=True)
class WorkLimits:
    """How much work one workbook may ask for."""

    rows: int = 200_000  # per sheet, also the highest row number
    columns: int = 1_024  # highest column per sheet (AMJ)
    cells: int = 2_000_000  # real cells, whole workbook
    grid: int = 5_000_000  # values openpyxl materialises (rows filled to their last cell)
    shared_strings: int = 1_000_000
    shared_strings_bytes: int = 64 * 1024 * 1024


def column_number(letters: str) -> int:
    """``A`` -> 1, ``XFD`` -> 16384.

    Examples
    --------
    >>> column_number("A"), column_number("AMJ"), column_number("XFD")
    (1, 1024, 16384)
    """
    number = 0
    for char in letters.upper():
        number = number * 26 + ord(char) - 64
    return number


@dataclass(slots=True)
class SheetCount:
    """What one worksheet part asks for, counted so far."""

    rows: int = 0
    last_row: int = 0
    cells: int = 0
    last_column: int = 0
    grid: int = 0
    declared: str = ""
    strings: int = 0
    _row_last: int = 0
    _col: int = 0

    def end_row(self) -> None:
        self.grid += self._row_last
        self._row_last = 0
        self._col = 0


class TooMuchWork(Exception):  # noqa: N818 - internal signal, turned into a located problem
    """A count passed its limit: ``key`` and ``params`` of the message."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def _encoding(start: bytes) -> str | None:
    """``utf-16``/``utf-32`` when the part is written so (BOM, or NULs around ``<``); else None.

    An XML part may be UTF-16; its ``<!DOCTYPE`` would then slip past a byte pattern, so such a
    part is decoded and scanned as UTF-8.
    """
    if start.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if start.startswith((b"<\0\0\0", b"\0\0\0<")):
        return "utf-32-le" if start[0] else "utf-32-be"
    if start.startswith((b"<\0", b"\0<")):
        return "utf-16-le" if start[0] else "utf-16-be"
    return None


def _raw(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The part's bytes in pieces, as UTF-8 whatever it was written in."""
    with zf.open(info) as handle:
        chunk = handle.read(1 << 20)
        encoding = _encoding(chunk[:4])
        decoder = codecs.getincrementaldecoder(encoding)("replace") if encoding else None
        while chunk:
            yield decoder.decode(chunk).encode("utf-8") if decoder else chunk
            chunk = handle.read(1 << 20)


def _chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The part in pieces that never cut a tag in two."""
    carry = b""
    for chunk in _raw(zf, info):
        buffer = carry + chunk
        cut = buffer.rfind(b"<")
        if cut > 0 and buffer.find(b">", cut) < 0 and len(buffer) - cut < 1 << 16:
            buffer, carry = buffer[:cut], buffer[cut:]
        else:
            carry = b""
        yield buffer
    if carry:
        yield carry


def _bounded(text: str, value: Callable[[str], int], over: int) -> int:
    """``value(text)`` (a column's letters or a row's digits), or ``over`` when ``text`` is
    longer than any limit allows (a hostile reference of a million digits is not converted).

    Examples
    --------
    >>> _bounded("00012", int, 99), _bounded("1" * 40, int, 99), _bounded("AB", column_number, 99)
    (12, 99, 28)
    """
    significant = text.lstrip("0") if text.isdigit() else text
    return over if len(significant) > _LONGEST else value(text)


def _declared(ref: str, limits: WorkLimits) -> None:
    corners = _CELL.findall(ref)
    if not corners:
        return
    over = limits.grid + 1
    columns = max(_bounded(c, column_number, over) for c, _ in corners)
    rows = max(_bounded(r, int, over) for _, r in corners)
    low_col = min(_bounded(c, column_number, over) for c, _ in corners)
    low_row = min(_bounded(r, int, over) for _, r in corners)
    area = (columns - low_col + 1) * (rows - low_row + 1)
    if area > limits.grid:
        raise TooMuchWork("xlsx_declared_too_large", ref=ref, limit=limits.grid)


#: the column of each reference's letters met so far (``b"AB"`` -> 28): a sheet repeats a few
#: (issue 15: converting them again for every cell was a sixth of scanning our own report).
#: Letters longer than any limit are not kept (their number depends on the limit), and the
#: dict stops growing at :data:`_KEPT_LETTERS` entries (a hostile file's endless distinct ones)
_LETTER_COLUMNS: dict[bytes, int] = {}
_KEPT_LETTERS = 20_000


def _cell(count: SheetCount, attrs: bytes, limits: WorkLimits) -> None:
    count.cells += 1
    ref = _REF.search(attrs)
    letters = ref.group(1) if ref else None
    if letters:
        column = _LETTER_COLUMNS.get(letters)
        if column is None:
            column = _bounded(letters.decode("ascii"), column_number, limits.columns + 1)
            if len(letters) <= _LONGEST and len(_LETTER_COLUMNS) < _KEPT_LETTERS:
                _LETTER_COLUMNS[letters] = column
    else:
        column = count._col + 1
    count._col = column
    if column > count._row_last:
        count._row_last = column
    if column > count.last_column:
        count.last_column = column
        if column > limits.columns:
            raise TooMuchWork("xlsx_too_many_columns", limit=limits.columns)


def _row(count: SheetCount, attrs: bytes, limits: WorkLimits) -> None:
    count.end_row()
    count.rows += 1
    ref = _REF.search(attrs)
    digits = ref.group(2) if ref else None
    if not digits:
        number = count.last_row + 1
    elif len(digits) <= _LONGEST:  # ASCII digits (a bytes pattern): int() reads them as they are
        number = int(digits)
    else:
        number = _bounded(digits.decode("ascii"), int, limits.rows + 1)
    if number > count.last_row:
        count.last_row = number
    if count.rows > limits.rows or count.last_row > limits.rows:
        raise TooMuchWork("too_many_rows", limit=limits.rows)


def scan_part(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    limits: WorkLimits,
    *,
    sheet: bool = True,
    cells_before: int = 0,
    strings_before: int = 0,
) -> SheetCount:
    """Count one XML part; raises :class:`TooMuchWork` past a limit, or on a DTD.

    Every part is checked for a DTD and its shared strings (``<si>``) are counted, wherever
    the content types put them; rows, cells and the grid only in a worksheet (``sheet``).
    """
    count = SheetCount()
    for chunk in _chunks(zf, info):
        if _DTD.search(chunk):
            raise TooMuchWork("xml_forbidden", what="a DTD")
        for tag, attrs in _TAG.findall(chunk):  # the tags of one chunk (at most ~1 MB)
            if tag == b"si":
                count.strings += 1
                if strings_before + count.strings > limits.shared_strings:
                    raise TooMuchWork("xlsx_too_many_strings", limit=limits.shared_strings)
            elif not sheet:
                continue
            elif tag == b"c":
                _cell(count, attrs, limits)
                if cells_before + count.cells > limits.cells:
                    raise TooMuchWork("xlsx_too_many_cells", limit=limits.cells)
            elif tag == b"row":
                _row(count, attrs, limits)
            else:
                declared = _DIM.search(attrs)
                if declared:
                    count.declared = declared.group(1).decode("ascii", "replace")
                    _declared(count.declared, limits)
        if count.grid + count._row_last > limits.grid:
            raise TooMuchWork("xlsx_grid_too_large", limit=limits.grid)
    count.end_row()
    if count.grid > limits.grid:
        raise TooMuchWork("xlsx_grid_too_large", limit=limits.grid)
    return count


_SHEET = re.compile(rb"<(?:[\w.-]+:)?sheet\b([^>]*)>")
_REL = re.compile(rb"<(?:[\w.-]+:)?Relationship\b([^>]*)>")
_ATTR = re.compile(rb'([\w:.-]+)\s*=\s*["\']([^"\']*)["\']')


def sheet_titles(zf: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part name (``xl/worksheets/sheet1.xml``) -> the sheet's title (``Actors``).

    Read with plain patterns from two small parts (each already checked for size); a part that
    cannot be read leaves the part names as they are.
    """
    try:
        book = zf.read("xl/workbook.xml")[: 1 << 22]
        rels = zf.read("xl/_rels/workbook.xml.rels")[: 1 << 22]
    except (KeyError, OSError, zipfile.BadZipFile, ValueError, EOFError):
        return {}
    targets: dict[bytes, str] = {}
    for match in _REL.finditer(rels):
        attrs = dict(_ATTR.findall(match.group(1)))
        target = attrs.get(b"Target", b"").decode("utf-8", "replace")
        path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        targets[attrs.get(b"Id", b"")] = str(PurePosixPath(path))
    titles: dict[str, str] = {}
    for match in _SHEET.finditer(book):
        attrs = {k.split(b":")[-1]: v for k, v in _ATTR.findall(match.group(1))}
        part = targets.get(attrs.get(b"id", b""))
        if part is not None:
            titles[part] = html.unescape(attrs.get(b"name", b"").decode("utf-8", "replace"))
    return titles
