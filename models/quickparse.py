"""The common case of reading a field, decided in a few comparisons (issue 14: `validate`).

Reading a map checks every field of every entity (:func:`models.fieldtypes.parse_value`):
half a million checks at 10,000 actors, each a chain of calls, and two regular-expression
searches per text for characters the map refuses. Most files hold none of those characters
anywhere: :func:`plain` says so for the whole file text in one search, and then
:func:`quick_value` accepts a well-formed value of the usual kinds with a type test and a
comparison or two. Anything else (a value of another type, out of range, empty, too long, a
field kind not handled here) gets :data:`SLOW`, and the caller runs the full check, which
locates and words the problem exactly as before. So what is refused, and how it is said, does
not change; only the values the full check would accept as they are take the short way.
"""

from __future__ import annotations

import re
from typing import Any, Final

from models.enums import EntityKind, PowerCategory
from models.fieldtypes import FieldSpec
from models.rules import _BIDI, BAD_CHARACTERS
from models.value_words import invisible_codes

__all__ = ["SLOW", "plain", "quick_value"]

SLOW: Final = object()  # "run the full check"

# In JSON text a refused character is either there as it is, or written as an escape: \uXXXX
# (any code, also a lone surrogate), \b or \f. A backslash before u, b or f anywhere (also a
# harmless "\\u" in a name) sends the file the full way. One character class (one pass over
# the text), built from the classes the full check uses.
_ESCAPES = ("\\u", "\\b", "\\f")
_RISKY = re.compile(f"[{BAD_CHARACTERS.pattern[1:-1]}{_BIDI.pattern[1:-1]}\ud800-\udfff]")
_CATEGORY_VALUES = frozenset(c.value for c in PowerCategory)
_ID_MAX = 200  # as models.fieldtypes._parse_id


def plain(text: str) -> bool:
    """True when no string of the JSON ``text`` can hold a refused or unencodable character.

    Examples
    --------
    >>> plain('{"name": "Wethouder A"}')
    True
    >>> plain('{"name": "bel\\\\u0007"}')
    False
    """
    if any(escape in text for escape in _ESCAPES):
        return False
    # JSON refuses a control character as it is inside a string, and an ASCII text can hold
    # no other refused character
    return text.isascii() or _RISKY.search(text) is None


def quick_value(spec: FieldSpec, raw: object) -> Any:
    """``raw`` as :func:`~models.fieldtypes.parse_value` returns it, when it is a plain
    well-formed value of a text, id, reference, enum, whole number or yes/no field of a file
    that :func:`plain` passed; else :data:`SLOW`."""
    if raw is None:
        return None if spec.nullable else SLOW
    kind = spec.kind
    kind_of = type(raw)
    if kind == "text":
        if kind_of is str and len(raw) <= spec.max_length and (raw.strip() or not spec.required):  # type: ignore[arg-type, attr-defined]
            if spec.required and invisible_codes(raw) is not None:  # type: ignore[arg-type]
                return SLOW
            return raw
    elif kind in ("id", "ref"):
        if (
            kind_of is str
            and raw
            and len(raw) <= _ID_MAX  # type: ignore[arg-type]
            and raw.strip() == raw  # type: ignore[attr-defined]
            and not (spec.refers is EntityKind.POWER and raw in _CATEGORY_VALUES)
        ):
            return raw
    elif kind == "enum":
        if kind_of is str and spec.enum is not None:
            member = spec.enum._value2member_map_.get(raw)
            if member is not None:
                return member
    elif kind == "int":
        if kind_of is int and spec.minimum <= raw <= spec.maximum:  # type: ignore[operator]
            return raw
    elif kind == "bool" and kind_of is bool:
        return raw
    return SLOW
