"""openpyxl's read-only loading, with each sheet's size looked up at C speed.

openpyxl's :class:`~openpyxl.worksheet._read_only.ReadOnlyWorksheet` looks for the sheet's
``<dimension>`` when it is made: it iterparses the sheet (with defusedxml's pure-Python parser,
an element object per cell) until the dimension ends, or until ``<sheetData>`` ends when there is
none. openpyxl's write-only writer never writes a dimension, so every sheet of our own report was
parsed whole before the workbook was even returned: 18 sheets, ~12 of the ~20 ms of loading our
example's report (issue 15; the suite's fuzzing, round trips and every user's report import).

:class:`_SizedSheet` walks the same bytes with the C parser and no element objects, stops where
openpyxl stops and raises what it raises there (a damaged sheet is still refused at load, as
before); only a sheet that declares its dimension is then sized by openpyxl itself, which finds
it in the sheet's head. What the workbook holds, and when a damaged part fails, are openpyxl's.
The classes serve this loader only: openpyxl is not patched.
"""

from __future__ import annotations

from typing import IO, Any
from xml.etree.ElementTree import XMLParser

from openpyxl.packaging.relationship import get_dependents, get_rels_path
from openpyxl.reader.excel import ExcelReader
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet._reader import DATA_TAG, DIMENSION_TAG

__all__ = ["first_end", "load_sized"]

_CHUNK = 64 * 1024


class _EndReachedError(Exception):
    def __init__(self, tag: str) -> None:
        super().__init__(tag)
        self.tag = tag


class _Ends:
    """A parser target that stops at the first end of a dimension or of the sheet's data."""

    def end(self, tag: str) -> None:
        if tag in (DIMENSION_TAG, DATA_TAG):
            raise _EndReachedError(tag)

    def doctype(self, *_args: object) -> None:
        # unreachable after exports.safety.check_xlsx (which refuses any DTD); refused anyway
        from defusedxml import DTDForbidden

        raise DTDForbidden(None, None, None)


def first_end(source: IO[bytes]) -> str | None:
    """The tag openpyxl's ``parse_dimensions`` stops at (a dimension's or ``sheetData``'s end)
    or ``None`` after the whole part; its ParseError where it would raise one.

    >>> import io
    >>> main = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    >>> first_end(io.BytesIO(main + b"<sheetData><row/></sheetData><oops"))[-9:]
    'sheetData'
    >>> first_end(io.BytesIO(main + b"<sheetData><row></sheetData>"))
    Traceback (most recent call last):
    xml.etree.ElementTree.ParseError: mismatched tag: line 1, column 95
    """
    parser = XMLParser(target=_Ends())
    try:
        while chunk := source.read(_CHUNK):
            parser.feed(chunk)
        parser.close()
    except _EndReachedError as stop:
        return stop.tag
    return None


class _SizedSheet(ReadOnlyWorksheet):  # type: ignore[misc]
    """A read-only sheet sized as openpyxl sizes it, without parsing it into elements."""

    def _get_size(self) -> None:
        with self._get_source() as src:
            stop = first_end(src)
        if stop == DIMENSION_TAG:  # declared: openpyxl reads it (in the sheet's head)
            super()._get_size()


class _SizedReader(ExcelReader):  # type: ignore[misc]
    """openpyxl's reader, read-only, whose sheets are :class:`_SizedSheet`."""

    def read_worksheets(self) -> None:
        # openpyxl 3.1's read-only branch of ExcelReader.read_worksheets, with our sheet class
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files:
                continue
            if "chartsheet" in rel.Type:
                self.read_chartsheet(sheet, rel)
                continue
            rels_path = get_rels_path(rel.target)
            if rels_path in self.valid_files:
                get_dependents(self.archive, rels_path)  # read as openpyxl does: damage shows
            ws = _SizedSheet(self.wb, sheet.name, rel.target, self.shared_strings)
            ws.sheet_state = sheet.state
            self.wb._sheets.append(ws)


def load_sized(stream: IO[bytes]) -> Any:
    """``openpyxl.load_workbook(stream, read_only=True, data_only=True)``, sized faster."""
    reader = _SizedReader(stream, read_only=True, data_only=True)
    reader.read()
    return reader.wb
