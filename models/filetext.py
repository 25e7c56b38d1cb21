"""The text of a map file from its bytes (hostile review 8, N5): UTF-8 (with or without a byte
order mark) and UTF-16 as Windows tools write it (Notepad's "Unicode", PowerShell's ``>``),
with or without its mark; a file of only zero bytes, left by a crash or a sync program, is
said to be that instead of "malformed JSON at line 1"."""

from __future__ import annotations

import codecs

from models.errors import FormatError, Problem

__all__ = ["map_text", "zero_problem"]

_UTF16_MARKS = ((codecs.BOM_UTF16_LE, "utf-16-le", "LE"), (codecs.BOM_UTF16_BE, "utf-16-be", "BE"))


def zero_problem(size: int) -> Problem:
    """``zero_bytes`` for a file of ``size`` bytes that are all 0x00."""
    return Problem("", "zero_bytes", {"size": size, "size_nl": f"{size:,}".replace(",", ".")})


def _utf16(data: bytes) -> tuple[bytes, str, str] | None:
    """The UTF-16 body, codec and byte order of ``data``, or None when it is not UTF-16: a
    byte order mark, or (without one) a JSON text whose first character, an ASCII one, has a
    zero byte beside it (``{\\0`` is little-endian, ``\\0{`` big-endian)."""
    if data.startswith(codecs.BOM_UTF32_LE):  # FF FE 00 00: UTF-32, not UTF-16
        return None
    for mark, codec, order in _UTF16_MARKS:
        if data.startswith(mark):
            return data[len(mark) :], codec, order
    if len(data) >= 2 and data[0] and not data[1] and data[0] < 0x80:
        return data, "utf-16-le", "LE"
    if len(data) >= 2 and not data[0] and data[1] and data[1] < 0x80:
        return data, "utf-16-be", "BE"
    return None


def map_text(data: bytes, source: str = "") -> str:
    """The text of the map file ``data``; raises :class:`FormatError` (``zero_bytes``,
    ``utf16_unreadable``, ``not_utf8``) naming ``source``.

    >>> map_text('{"a": 1}'.encode("utf-16"))
    '{"a": 1}'
    """
    if data and not data.strip(b"\0"):
        raise FormatError([zero_problem(len(data))], source)
    utf16 = _utf16(data)
    if utf16 is not None:
        body, codec, order = utf16
        try:
            return body.decode(codec)
        except UnicodeDecodeError as exc:
            where = {"order": order, "position": len(data) - len(body) + exc.start}
            raise FormatError([Problem("", "utf16_unreadable", where)], source) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError([Problem("", "not_utf8", {"position": exc.start})], source) from None
