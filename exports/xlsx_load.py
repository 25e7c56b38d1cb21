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

The rows are read by openpyxl's own sheet parser too, with two costs taken out (issue 15,
session 23: a fifth of importing our example's report): its code runs on the standard library's
C ``iterparse`` instead of defusedxml's pure-Python one, and a cell with a plain inline string
(``<is><t>text</t></is>``, how our writers write every text) is read without building
openpyxl's rich-text object for it. What defusedxml guarded against is refused before a row is
read, twice: :func:`exports.safety.check_xlsx` refuses a DTD or an entity in any XML part, and
each sheet's prolog (the only place a DTD may stand) has been parsed by :func:`first_end`,
whose target refuses a DOCTYPE, when the sheet was made.
"""

from __future__ import annotations

import types
from collections.abc import Iterator
from typing import IO, Any
from xml.etree.ElementTree import XMLParser, iterparse

from openpyxl.packaging.relationship import get_dependents, get_rels_path
from openpyxl.reader.excel import ExcelReader
from openpyxl.utils import coordinate_to_tuple
from openpyxl.worksheet import _reader
from openpyxl.worksheet._read_only import EMPTY_CELL, ReadOnlyWorksheet
from openpyxl.worksheet._reader import DATA_TAG, DIMENSION_TAG, INLINE_STRING, WorkSheetParser
from openpyxl.xml.constants import SHEET_MAIN_NS

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


_TEXT_TAG = f"{{{SHEET_MAIN_NS}}}t"


class _RowParser(WorkSheetParser):  # type: ignore[misc]
    """openpyxl's sheet parser on the C ``iterparse``, reading a plain inline string directly."""

    # openpyxl 3.1's own ``parse``, its module's names as they are but ``iterparse``: the
    # standard library's (C) one, not defusedxml's (pure Python); see the module's text
    parse = types.FunctionType(
        WorkSheetParser.parse.__code__, {**vars(_reader), "iterparse": iterparse}, "parse"
    )

    def parse_cell(self, element: Any) -> dict[str, Any]:
        """openpyxl's ``parse_cell``; an inline string that is one ``<t>`` and nothing else is
        what ``Text.from_tree(child).content`` makes of it: the ``<t>``'s text, or ``""``."""
        child = element.find(INLINE_STRING) if element.get("t") == "inlineStr" else None
        if (
            child is None
            or not self.data_only  # else a formula is looked for first
            or self.rich_text
            or child.attrib
            or len(child) != 1
            or child[0].tag != _TEXT_TAG
        ):
            cell: dict[str, Any] = super().parse_cell(element)
            return cell
        coordinate = element.get("r")  # as openpyxl: the style first, then the coordinate
        style_id = element.get("s", 0)
        if style_id:
            style_id = int(style_id)
        if coordinate:
            row, column = coordinate_to_tuple(coordinate)
            self.col_counter = column
        else:
            self.col_counter += 1
            row, column = self.row_counter, self.col_counter
        value = child[0].text or ""
        return {
            "row": row,
            "column": column,
            "value": value,
            "data_type": "s",
            "style_id": style_id,
        }


class _SizedSheet(ReadOnlyWorksheet):  # type: ignore[misc]
    """A read-only sheet sized as openpyxl sizes it, without parsing it into elements, whose
    rows :class:`_RowParser` reads."""

    def _get_size(self) -> None:
        with self._get_source() as src:
            stop = first_end(src)
        if stop == DIMENSION_TAG:  # declared: openpyxl reads it (in the sheet's head)
            super()._get_size()

    def _cells_by_row(
        self,
        min_col: int,
        min_row: int,
        max_col: int | None,
        max_row: int | None,
        values_only: bool = False,
    ) -> Iterator[Any]:
        # openpyxl 3.1's ReadOnlyWorksheet._cells_by_row, with our parser
        filler = None if values_only else EMPTY_CELL
        max_col = max_col or self.max_column
        max_row = max_row or self.max_row
        empty_row: tuple[Any, ...] | list[Any] = []
        if max_col is not None:
            empty_row = (filler,) * (max_col + 1 - min_col)
        counter = min_row
        idx = 1
        with self._get_source() as src:
            parser = _RowParser(
                src,
                self._shared_strings,
                data_only=self.parent.data_only,
                epoch=self.parent.epoch,
                date_formats=self.parent._date_formats,
                timedelta_formats=self.parent._timedelta_formats,
            )
            for idx, row in parser.parse():
                if max_row is not None and idx > max_row:
                    break
                for _ in range(counter, idx):  # some rows are missing
                    counter += 1
                    yield empty_row
                if counter <= idx:  # the cells of a row
                    yield self._get_row(row, min_col, max_col, values_only)
                    counter += 1
        if max_row is not None and max_row < idx:
            for _ in range(counter, max_row + 1):
                yield empty_row


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
