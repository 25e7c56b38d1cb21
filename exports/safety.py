"""Safe reading and writing of spreadsheets, CSV and XML from untrusted sources.

* Text that a spreadsheet would evaluate (it starts with ``= + - @``, tab or carriage return)
  is written as plain text: in xlsx as a string cell with Excel's quote prefix, in CSV with a
  leading apostrophe. Numbers stay numbers.
* An xlsx is a zip of XML parts. :func:`check_xlsx` looks at the zip directory and streams the
  parts *before* openpyxl loads anything: total unpacked size, number of parts, compression
  ratio per part, rows per sheet, and no DTD in any XML part.
* Every other XML (GraphML, GEXF) is parsed with defusedxml, which refuses DTDs, entity
  declarations and external references.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import Element

from exports.errors import UnsafeFileError, problem

__all__ = [
    "LIMITS",
    "TRIGGERS",
    "XlsxLimits",
    "check_xlsx",
    "csv_escape",
    "csv_unescape",
    "needs_quote",
    "open_workbook",
    "parse_xml",
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


def write_cell(cell: Any, value: object) -> None:
    """Put ``value`` into an openpyxl cell; text never becomes a formula."""
    if isinstance(value, str):
        text = _ILLEGAL.sub("", value)
        cell.value = text
        cell.data_type = "s"
        if needs_quote(text):
            cell.quotePrefix = True
    else:
        cell.value = value


# --------------------------------------------------------------------------- xlsx
_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s>/]")
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def _stream(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    tail = b""
    with zf.open(info) as handle:
        while True:
            chunk = handle.read(1 << 20)
            if not chunk:
                return
            yield tail + chunk
            tail = chunk[-16:]


def check_xlsx(path: str | os.PathLike[str], limits: XlsxLimits = LIMITS) -> None:
    """Refuse a workbook that is too big, a zip bomb, has too many rows or declares a DTD.

    Raises :class:`UnsafeFileError` (or :class:`ImportFileError` for a missing/broken file).
    """
    source = str(path)
    file = Path(path)
    try:
        size = file.stat().st_size
    except FileNotFoundError:
        raise UnsafeFileError([problem("file_missing")], source) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise UnsafeFileError([problem("file_unreadable", reason=reason)], source) from None
    if size > limits.file_bytes:
        too_big = problem("file_too_large", size=size, limit=limits.file_bytes)
        raise UnsafeFileError([too_big], source)
    try:
        with zipfile.ZipFile(file) as zf:
            _check_zip(zf, limits, source)
    except zipfile.BadZipFile as exc:
        raise UnsafeFileError([problem("not_xlsx", reason=str(exc))], source) from None
    except (OSError, EOFError, RuntimeError, NotImplementedError, zlib.error) as exc:
        raise UnsafeFileError([problem("not_xlsx", reason=str(exc))], source) from None


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
        raise UnsafeFileError([problem("not_xlsx", reason="[Content_Types].xml missing")], source)
    for info in infos:
        name = info.filename
        if not name.endswith((".xml", ".rels")):
            continue
        is_sheet = name.startswith("xl/worksheets/") and name.count("/") == 2
        rows = 0
        # zipfile stops at the declared size, so a part that lies about its size cannot
        # unpack to more than the total checked above.
        for chunk in _stream(zf, info):
            if _DTD.search(chunk):
                raise UnsafeFileError([problem("xml_forbidden", what="a DTD")], source)
            if is_sheet:
                rows += len(_ROW.findall(chunk))
                if rows > limits.rows:
                    sheet = Path(name).stem
                    raise UnsafeFileError(
                        [problem("too_many_rows", sheet=sheet, limit=limits.rows)], source
                    )


def open_workbook(path: str | os.PathLike[str], limits: XlsxLimits = LIMITS) -> Any:
    """Check ``path`` with :func:`check_xlsx`, then load it with openpyxl (values only)."""
    check_xlsx(path, limits)
    import openpyxl

    try:
        # from memory (the size is checked): a workbook openpyxl fails on leaves no open file
        data = io.BytesIO(Path(path).read_bytes())
        return openpyxl.load_workbook(data, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises anything from KeyError to TypeError
        reason = str(exc) or type(exc).__name__
        raise UnsafeFileError([problem("not_xlsx", reason=reason)], str(path)) from None


# --------------------------------------------------------------------------- XML
def read_limited(path: str | os.PathLike[str], limit: int = XML_LIMIT) -> bytes:
    """The bytes of ``path``, refusing files over ``limit``; errors name the file."""
    source = str(path)
    try:
        size = Path(path).stat().st_size
        if size > limit:
            raise UnsafeFileError([problem("file_too_large", size=size, limit=limit)], source)
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise UnsafeFileError([problem("file_missing")], source) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise UnsafeFileError([problem("file_unreadable", reason=reason)], source) from None


def parse_xml(data: bytes | IO[bytes], source: str = "") -> Element:
    """Parse untrusted XML with defusedxml: no DTD, no entities, no external references."""
    import defusedxml
    from defusedxml import ElementTree as Det

    stream = io.BytesIO(data) if isinstance(data, bytes) else data
    try:
        tree = Det.parse(stream, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DTDForbidden:
        raise UnsafeFileError([problem("xml_forbidden", what="a DTD")], source) from None
    except defusedxml.EntitiesForbidden:
        raise UnsafeFileError([problem("xml_forbidden", what="entities")], source) from None
    except defusedxml.ExternalReferenceForbidden:
        external = problem("xml_forbidden", what="an external reference")
        raise UnsafeFileError([external], source) from None
    except (Det.ParseError, LookupError, ValueError) as exc:  # LookupError: bad encoding
        raise UnsafeFileError([problem("xml_bad", reason=str(exc))], source) from None
    root: Element = tree.getroot()
    return root
