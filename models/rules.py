"""Rules the model enforces beyond one field's type: characters and cross-field rules.

One place decides what the model may hold, and every way in uses it: the
:class:`models.case.Case` mutators (table edits, properties, paste, undo), the importers
(:class:`exports.builder.CaseBuilder`) and the ``.kvmap`` loader. Saving re-reads what it is
about to write, so a file that a load would refuse is never written.

Two kinds of rule live here:

* characters: control characters other than tab, line feed and carriage return, and the
  non-characters U+FFFE and U+FFFF, are refused in every text (XML, Excel and Graphviz cannot
  carry them), and so are unbalanced direction controls (a right-to-left override without its
  closing U+202C would turn around whatever label the text is shown in). Importers and the
  lenient loader remove (or balance) them with a located warning instead.
* cross-field rules of one entity, such as a mandate whose ``valid_until`` lies before its
  ``valid_from``. The mutators refuse such an entity; the lenient loader and the importers
  repair a reversed validity period (the later date is cleared) and list what they changed.
  An acceptance whose ``until`` lies before its ``on`` is refused everywhere, also by the
  lenient loader: clearing ``until`` would turn an acceptance that ended at once into one
  without end, so only the user can say which date is wrong.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from typing import Any, TypeVar

from models.acceptance import Acceptance
from models.entities import Agreement, Deviation, Mandate
from models.errors import FieldError, Problem

__all__ = [
    "BAD_CHARACTERS",
    "REPAIRED",
    "check_characters",
    "clean_characters",
    "clean_value",
    "cross_field_problems",
    "has_cross_fields",
    "repair_cross_field",
    "repaired_value",
    "trim_invisible",
]

# C0 controls except TAB, LF, CR; the BMP non-characters XML 1.0 forbids
BAD_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

T = TypeVar("T")


_EMBED = frozenset("\u202a\u202b\u202d\u202e")  # LRE RLE LRO RLO, closed by PDF
_ISOLATE = frozenset("\u2066\u2067\u2068")  # LRI RLI FSI, closed by PDI
_PDF, _PDI = "\u202c", "\u2069"
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")

#: the key a strict check refuses with -> the key of the warning when it is repaired instead
REPAIRED = {
    "control_character": "control_characters_removed",
    "bidi_unbalanced": "bidi_balanced",
    "blank_item": "blank_items_removed",
    "item_twice": "items_twice_removed",
    "position_far": "position_far_cleared",  # the position is left empty (hostile 10, H2)
    "position_nan": "position_nan_cleared",  # left empty as a far one is (hostile 11)
}
_NO_POSITION = frozenset({"position_far", "position_nan"})  # repaired: left empty


def _bidi_scan(text: str) -> tuple[list[int], list[tuple[int, str]]]:
    """Stray closers (their indexes) and the openers left open at the end (index, char)."""
    stray: list[int] = []
    stack: list[tuple[int, str]] = []
    for match in _BIDI.finditer(text):
        char, index = match.group(), match.start()
        if char in _EMBED or char in _ISOLATE:
            stack.append((index, char))
        elif char == _PDF:
            if stack and stack[-1][1] in _EMBED:
                stack.pop()
            else:
                stray.append(index)
        elif any(c in _ISOLATE for _, c in stack):  # PDI closes the innermost isolate
            while stack.pop()[1] not in _ISOLATE:
                pass
        else:
            stray.append(index)
    return stray, stack


def check_characters(text: str) -> None:
    """Raise :class:`FieldError` ``control_character`` when ``text`` holds a refused character.

    Examples
    --------
    >>> check_characters("Wethouder\\tA")
    >>> check_characters("bel\\x07")
    Traceback (most recent call last):
    ...
    models.errors.FieldError: invalid control character U+0007 at character 4
    """
    match = BAD_CHARACTERS.search(text)
    if match is not None:
        code = f"U+{ord(match.group()):04X}"
        # the others too, so a repair names every character it removes (hostile 6, N6)
        found = dict.fromkeys(f"U+{ord(c):04X}" for c in BAD_CHARACTERS.findall(text))
        rest = [c for c in found if c != code]
        listed = ", ".join(rest[:-1]) + (" {} " + rest[-1] if len(rest) > 1 else "".join(rest))
        en = f", and also {listed.format('and')}" if rest else ""
        nl = f", en ook {listed.format('en')}" if rest else ""
        raise FieldError(
            "control_character", code=code, position=match.start() + 1, others=en, others_nl=nl
        )
    if _BIDI.search(text) is not None:
        stray, still_open = _bidi_scan(text)
        if stray or still_open:
            index = min(stray + [i for i, _ in still_open])
            code = f"U+{ord(text[index]):04X}"
            raise FieldError("bidi_unbalanced", code=code, position=index + 1)


def clean_characters(text: str) -> str:
    """``text`` without the refused characters.

    >>> clean_characters("a\\x1b[31mb\\uffff")
    'a[31mb'

    Direction controls are balanced: a stray closer goes, an opener left open is closed at
    the end, so a right-to-left override in a name never turns the rest of a label around.

    >>> clean_characters("\\u202eabc") == "\\u202eabc\\u202c"
    True
    """
    text = BAD_CHARACTERS.sub("", text)
    if _BIDI.search(text) is None:
        return text
    stray, still_open = _bidi_scan(text)
    drop = set(stray)
    kept = "".join(c for i, c in enumerate(text) if i not in drop)
    closers = "".join(_PDF if c in _EMBED else _PDI for _, c in reversed(still_open))
    return kept + closers


def repaired_value(key: str, value: object) -> object:
    """What a lenient reader tries instead of ``value``, refused with the :data:`REPAIRED`
    ``key``: no position for one too far out to draw, else :func:`clean_value`."""
    return None if key in _NO_POSITION else clean_value(value)


def clean_value(value: T) -> T:
    """A text, or a list/tuple of texts, with the refused characters removed; others as is."""
    if isinstance(value, str):
        return clean_characters(value)  # type: ignore[return-value]
    if isinstance(value, (list, tuple)):  # blank items go too (a tag "" is refused)
        cleaned = [clean_characters(v) if isinstance(v, str) else v for v in value]
        cleaned = [v for v in cleaned if not (isinstance(v, str) and not v.strip())]
        once = [v for i, v in enumerate(cleaned) if v not in cleaned[:i]]  # repeats go too
        return type(value)(once)
    return value


_CROSS_FIELD_CLASSES = (Mandate, Agreement, Acceptance, Deviation)  # all others have none


def has_cross_fields(cls: type) -> bool:
    """Whether an entity of ``cls`` can have cross-field problems (else a reader skips the
    per-entity calls of :func:`repair_cross_field` and :func:`cross_field_problems`).

    >>> from models.entities import Actor
    >>> has_cross_fields(Mandate), has_cross_fields(Actor)
    (True, False)
    """
    return issubclass(cls, _CROSS_FIELD_CLASSES)


def cross_field_problems(item: Any) -> list[Problem]:
    """Problems between fields of one entity; locations are field names.

    Examples
    --------
    >>> from datetime import date
    >>> from models.enums import PowerCategory
    >>> m = Mandate("m1", "a1", "a2", PowerCategory.SPEND_BUDGET, valid_from=date(2026, 5, 1),
    ...             valid_until=date(2026, 1, 31))
    >>> [p.render() for p in cross_field_problems(m)]
    ['valid_until: valid_until 2026-01-31 lies before valid_from 2026-05-01']
    """
    problems: list[Problem] = []
    if not isinstance(item, _CROSS_FIELD_CLASSES):
        return problems
    if isinstance(item, (Mandate, Agreement)):
        start, until = item.valid_from, item.valid_until
        if start is not None and until is not None and until < start:
            params = {"until": until.isoformat(), "start": start.isoformat()}
            problems.append(Problem("valid_until", "dates_reversed", params))
    if isinstance(item, Acceptance):
        on, last = item.on, item.until
        if on is not None and last is not None and last < on:
            params = {"until": last.isoformat(), "on": on.isoformat()}
            problems.append(Problem("until", "acceptance_until_before_on", params))
    if isinstance(item, Deviation) and item.id in item.comparable_to:
        problems.append(Problem("comparable_to", "comparable_to_itself", {}))
    return problems


def repair_cross_field(item: T) -> tuple[T, list[Problem]]:
    """``item`` with its cross-field problems repaired, and what was changed.

    A reversed validity period keeps ``valid_from`` and clears ``valid_until``; the problem
    (key ``dates_reversed_cleared``) names the date that was cleared so a user can re-enter it.
    What cannot be repaired (an acceptance ending before it was made) is left as it is: the
    caller refuses what :func:`cross_field_problems` still finds afterwards.
    """
    if not isinstance(item, (Mandate, Agreement)):
        return item, []
    problems = cross_field_problems(item)
    if not problems:
        return item, []
    repaired = dataclasses.replace(item, valid_until=None)
    notes = [Problem(p.location, "dates_reversed_cleared", p.params) for p in problems]
    return repaired, notes


# characters that show nothing and mean nothing at the start or end of a text: the zero-width
# space, non-joiner and joiner, the word joiner, a byte order mark, a soft hyphen, the
# Mongolian vowel separator; pasted along from a web page or a word processor
_EDGE_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"


def trim_invisible(text: str) -> tuple[str, list[str]]:
    """``text`` without the invisible characters (and spaces) at its start and end, and those
    characters as code points; ``text`` as is when it has none there, or holds nothing else.

    >>> trim_invisible("\u200b Visser\u2060")
    ('Visser', ['U+200B', 'U+2060'])
    >>> trim_invisible("Anna\u200bMaria")
    ('Anna\u200bMaria', [])
    """
    trimmed = text
    while True:
        shorter = trimmed.strip().strip(_EDGE_INVISIBLE)
        if shorter == trimmed:
            break
        trimmed = shorter
    if not trimmed or trimmed == text.strip():
        return text, []
    start = text.index(trimmed)  # the characters before and after what stays
    cut = text[:start] + text[start + len(trimmed) :]
    return trimmed, list(dict.fromkeys(f"U+{ord(c):04X}" for c in cut if c in _EDGE_INVISIBLE))


def invisible_characters(text: str) -> list[str]:
    """The invisible format characters in ``text`` (a zero-width space, a direction mark),
    as code points: ``["U+202E"]``."""
    return [f"U+{ord(c):04X}" for c in text if unicodedata.category(c) == "Cf"]


def name_key(name: str) -> str:
    """What a reader sees of ``name``: case, runs of spaces, width variants (NFKC) and
    invisible format characters (a zero-width space, a direction mark) do not count.

    >>> name_key("Gemeente\u200bsecretaris ") == name_key("gemeentesecretaris")
    True
    """
    shown = unicodedata.normalize("NFKC", name)
    shown = "".join(c for c in shown if unicodedata.category(c) != "Cf")
    return " ".join(shown.casefold().split())
