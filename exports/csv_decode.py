"""Decoding a CSV file's bytes: UTF-8 with or without a byte-order mark, UTF-16/32 with one,
UTF-16 without one, else Windows-1252; a UTF-8 file with some Windows-1252 lines (two exports
pasted together) is read line by line and those lines are named (split from
:mod:`exports.csv_io`)."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from exports.errors import ImportFileError, problem

__all__ = ["CsvText", "decode_csv"]

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip


@dataclass(slots=True)
class CsvText:
    """A decoded CSV file, and the lines that had to be read as Windows-1252 in a UTF-8 file."""

    text: str
    cp1252_lines: set[int] = field(default_factory=set)  # 1-based physical line numbers


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte of the start is NUL (ASCII in UTF-16)."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.9 * half and even < 0.1 * half:
        return "utf-16-le"
    if even > 0.9 * half and odd < 0.1 * half:
        return "utf-16-be"
    return None


def decode_csv(data: bytes, source: str) -> CsvText:
    """UTF-8 (with or without BOM), UTF-16/32 with a BOM or UTF-16 without, else Windows-1252.

    A UTF-8 file with some lines in Windows-1252 (two exports pasted together) is read line
    by line; those lines are reported instead of becoming mojibake.
    """
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    encoding = encoding or _utf16_without_bom(data)
    if encoding is not None and encoding != "utf-8-sig":
        try:
            return CsvText(data.decode(encoding))
        except UnicodeDecodeError as exc:
            reason = f"{encoding.upper()}: {exc.reason} (byte {exc.start})"
            raise ImportFileError([problem("bad_encoding", reason=reason)], source) from None
    if b"\x00" in data:
        raise ImportFileError([problem("nul_bytes")], source)
    try:
        return CsvText(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    texts: list[str] = []
    bad: set[int] = set()
    utf8_seen = False
    for number, line in enumerate(lines, start=1):
        try:
            texts.append(line.decode("utf-8-sig" if number == 1 else "utf-8"))
            utf8_seen = utf8_seen or not line.isascii()
        except UnicodeDecodeError:
            texts.append(line.decode("cp1252", "replace"))
            bad.add(number)
    if not utf8_seen:  # a plain Windows-1252 file
        return CsvText(data.decode("cp1252", "replace"))
    return CsvText("\n".join(texts), bad)
