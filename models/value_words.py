"""The words for a value that is there but unusable, said at its field (hostile review 7, F7):
a coordinate that is not a number, a required text that only holds invisible characters. Part
of :data:`models.errors.MESSAGES`."""

from __future__ import annotations

import math
import re
import unicodedata

__all__ = [
    "MAX_COORDINATE",
    "VALUE_MESSAGES",
    "WrittenNumber",
    "coordinate_said",
    "escaped",
    "far_said",
    "invisible_codes",
    "json_float",
]

# how far from the map's middle a position may lie, in scene units (pixels at 96 DPI): a map
# of 10,000 actors spreads over tens of thousands; an actor at 1e9 made every picture of the
# map hang for minutes and take gigabytes (hostile review 10, H2)
MAX_COORDINATE = 1_000_000.0
_LIMIT = f"{MAX_COORDINATE:,.0f}"

VALUE_MESSAGES: dict[str, tuple[str, str]] = {
    "position_far": (
        f"{{axis}} is {{got}}, farther out than the ±{_LIMIT} a map can draw",
        f"{{axis}} is {{got}}, verder weg dan de ±{_LIMIT.replace(',', '.')} die een kaart kan"
        " tekenen",
    ),
    "position_far_cleared": (
        f"actor {{id}}: {{axis}} is {{got}}, farther out than the ±{_LIMIT} a map can draw; the"
        " position is left empty and the layout places the actor (the file keeps the old value"
        " until the map is saved)",
        f"actor {{id}}: {{axis}} is {{got}}, verder weg dan de ±{_LIMIT.replace(',', '.')} die"
        " een kaart kan tekenen; de positie blijft leeg en de indeling plaatst de actor (het"
        " bestand houdt de oude waarde tot de kaart wordt opgeslagen)",
    ),
    "position_nan": (
        f"{{axis}} is NaN (not a number), which no map can draw; expected a number within"
        f" ±{_LIMIT}",
        f"{{axis}} is NaN (geen getal), en dat kan geen kaart tekenen; verwacht een getal binnen"
        f" ±{_LIMIT.replace(',', '.')}",
    ),
    "position_nan_cleared": (
        "actor {id}: {axis} is NaN (not a number), which no map can draw; the position is left"
        " empty and the layout places the actor (the file keeps the old value until the map is"
        " saved)",
        "actor {id}: {axis} is NaN (geen getal), en dat kan geen kaart tekenen; de positie"
        " blijft leeg en de indeling plaatst de actor (het bestand houdt de oude waarde tot de"
        " kaart wordt opgeslagen)",
    ),
    "position_coordinate": (
        '{axis} is {what}; expected {{"x": number, "y": number}} or null',
        '{axis} is {what_nl}; verwacht {{"x": getal, "y": getal}} of null',
    ),
    "position_fields": (
        'expected {{"x": number, "y": number}} or null, got an object with {fields}',
        'verwacht {{"x": getal, "y": getal}} of null, kreeg een object met {fields_nl}',
    ),
    "invisible_text": (
        "holds only characters that cannot be seen ({codes}), so it is empty",
        "bevat alleen tekens die niet te zien zijn ({codes}) en is dus leeg",
    ),
}

# a text that holds none of these is empty to the eye: spaces, format characters (zero-width
# space and joiners, the byte order mark, direction marks), combining marks with no letter to
# sit on, control characters and the Hangul fillers that render as nothing
_UNSEEN_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf", "Mn", "Me", "Cn"})
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def invisible_codes(text: str) -> str | None:
    """``U+200B, U+200D`` when ``text`` is not empty but shows nothing; else None.

    >>> invisible_codes("\\u200b\\u200d ")
    'U+200B, U+200D, U+0020'
    >>> invisible_codes("Anna\\u200b") is None
    True
    """
    if text.isascii() or not text:
        return None  # strip() has decided an ASCII text already
    for char in text:
        if char not in _FILLERS and unicodedata.category(char) not in _UNSEEN_CATEGORIES:
            return None
    codes = list(dict.fromkeys(f"U+{ord(c):04X}" for c in text))
    return ", ".join(codes[:6]) + (", …" if len(codes) > 6 else "")


class WrittenNumber(float):
    """A number in a file too large for a float (``1e400``, read as infinite), with the text
    the file writes it as, so that a message quotes ``1e400`` instead of ``inf`` (hostile
    review 8, N5)."""

    written: str

    def __new__(cls, written: str) -> WrittenNumber:
        self = super().__new__(cls, written)
        self.written = written
        return self


def json_float(text: str) -> float:
    """A JSON number with a fraction or exponent (``parse_float``): a float, or a
    :class:`WrittenNumber` when it is too large for one.

    >>> json_float("1e400").written
    '1e400'
    """
    value = float(text)
    return value if math.isfinite(value) else WrittenNumber(text)


def _short(value: int) -> str:
    """A whole number of hundreds of digits written short: ``1e400``, ``-2.5e310``.

    >>> _short(25 * 10**309)
    '2.5e310'
    """
    digits = str(abs(value))
    mantissa = f"{digits[0]}.{digits[1:4]}".rstrip("0").rstrip(".")
    return f"{'-' if value < 0 else ''}{mantissa}e{len(digits) - 1}"


def far_said(value: float) -> str:
    """A coordinate beyond :data:`MAX_COORDINATE`, short: ``1e+09``, ``-1.5e+06``.

    With as many digits as it takes to differ from the limit: 1000000.5 is not "1e+06"
    (hostile review 11, N7).

    >>> far_said(1e9), far_said(-1_500_000.0), far_said(1_000_000.5), far_said(-1_000_001.0)
    ('1e+09', '-1.5e+06', '1000000.5', '-1000001')
    """
    for digits in range(6, 18):
        said = f"{value:.{digits}g}"
        if abs(float(said)) > MAX_COORDINATE:
            return said
    return repr(value)


def coordinate_said(value: object) -> tuple[str, str] | None:
    """What is wrong with one coordinate of a position, in English and Dutch; None when it is
    a finite number.

    >>> coordinate_said(float("nan"))
    ('NaN (not a number)', 'NaN (geen getal)')
    >>> coordinate_said("1")
    ('the text "1", not a number', 'de tekst "1", geen getal')
    """
    if isinstance(value, bool):
        word = "true" if value else "false"
        return f"{word}, not a number", f"{word}, geen getal"
    if isinstance(value, WrittenNumber):
        too_large = (" a number too large to draw", " een getal dat te groot is om te tekenen")
        return f"{value.written},{too_large[0]}", f"{value.written},{too_large[1]}"
    if isinstance(value, (int, float)):
        try:
            number = float(value)
        except OverflowError:  # a whole number of hundreds of digits, 10**400: say 1e400
            shown = _short(int(value))
            return (
                f"{shown}, a number too large to draw",
                f"{shown}, een getal dat te groot is om te tekenen",
            )
        if math.isnan(number):
            return "NaN (not a number)", "NaN (geen getal)"
        if math.isinf(number):
            return "infinite", "oneindig"
        return None
    if value is None:
        return "null, not a number", "null, geen getal"
    if isinstance(value, str):
        shown = value if len(value) <= 20 else value[:17] + "..."
        shown = shown.encode("ascii", "backslashreplace").decode("ascii")
        return f'the text "{shown}", not a number', f'de tekst "{shown}", geen getal'
    if isinstance(value, dict):
        return "an object, not a number", "een object, geen getal"
    return "a list, not a number", "een lijst, geen getal"


# what a message must not print as it is: control characters but tab and newline, the
# invisible formatting characters and the direction controls (they turn the rest of the line
# around), line separators and lone surrogates (hostile review 7, F6)
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069"
    "\u2028\u2029\ufeff\ud800-\udfff]"
)


def escaped(text: str) -> str:
    r"""``text`` as a message shows a value: each unprintable or invisible character written
    as its escape, so a cell or a name is shown as it is and cannot turn the line around.

    >>> escaped("besluit\u202e"), escaped("Anna")
    ('besluit\\u202e', 'Anna')
    """
    if text.isascii() and text.isprintable():
        return text
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
