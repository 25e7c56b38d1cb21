"""Field values to and from spreadsheet cells and flat graph attributes.

Spreadsheets show labels in the user's language ("Bestuurder", "Ja"); graph files store the
plain values ("administrator", ``true``). Reading accepts either, in Dutch or English, plus
the synonyms of :mod:`exports.synonyms`. Lists are ``|``-separated in cells and JSON arrays
in graph attributes; None is an empty cell or an absent attribute; dates are ISO text.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from exports.synonyms import match
from models.case import Case
from models.enums import EntityKind, PowerCategory
from models.errors import FieldError
from models.fields import FieldSpec, describe, parse_value
from models.i18n import Lang
from models.labels import label, parse_label

__all__ = [
    "MISSING",
    "SEPARATOR",
    "exact_number",
    "from_attr",
    "from_cell",
    "join_cell",
    "organisation_ref",
    "parse_bool",
    "shown",
    "split_cell",
    "to_attr",
    "to_cell",
]

SEPARATOR = "|"


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()

_TRUE = {"true", "yes", "ja", "waar", "1", "y", "j", "x", "✓"}
_FALSE = {"false", "no", "nee", "onwaar", "0", "n"}


def parse_bool(raw: object) -> bool | None:
    """True, False, or None when ``raw`` is not a yes/no value.

    Examples
    --------
    >>> parse_bool("Ja"), parse_bool(0), parse_bool("misschien")
    (True, False, None)
    """
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, (int, float)) and raw in (0, 1):
        return bool(raw)
    if isinstance(raw, str):
        text = raw.strip().casefold()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    return None


# --------------------------------------------------------------------------- writing
def shown(case: Case, spec: FieldSpec, value: Any) -> Any:
    """``value`` as a reader of a foreign file wants it: an organisation by its name.

    Readers resolve an organisation by id first, then by name (any case, any spacing), so the
    name is shown only when it names that organisation alone: when two organisations share a
    name, or a name is another organisation's id, the id is shown instead.
    """
    if spec.refers is not EntityKind.ORGANISATION or value is None:
        return value
    if spec.kind == "ref_list":
        return tuple(organisation_ref(case, v) for v in value)
    return organisation_ref(case, value)


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def organisation_ref(case: Case, org_id: str) -> str:
    """How a file names organisation ``org_id``: its name when that is unambiguous, else its id.

    Examples
    --------
    >>> from models.entities import CaseInfo, Organisation
    >>> from models.enums import EntityKind
    >>> orgs = [Organisation("o1", "Wijkteam"), Organisation("o2", "wijkteam "),
    ...         Organisation("o3", "o1"), Organisation("o4", "Gemeente")]
    >>> case = Case.build(CaseInfo("t"), {EntityKind.ORGANISATION: orgs})
    >>> [organisation_ref(case, o.id) for o in orgs]
    ['o1', 'o2', 'o3', 'Gemeente']
    """
    org = case.organisations.get(org_id) if org_id else None
    if org is None:
        return org_id
    key = _name_key(org.name)
    for other in case.organisations:
        if other.id == org.id:
            continue
        if _name_key(other.name) == key or other.id in (org.name, org.name.strip()):
            return org.id
    return org.name


def to_cell(spec: FieldSpec, value: Any, lang: Lang) -> object:
    """The spreadsheet cell value of a model value (labels in ``lang``)."""
    if value is None:
        return None
    if spec.kind == "enum":
        return label(value, lang)
    if spec.kind == "enum_list":
        return join_cell(label(v, lang) for v in value)
    if spec.kind in ("str_list", "ref_list"):
        return join_cell(_power_ref(v, lang) for v in value)
    if spec.kind == "number":
        return int(value) if float(value).is_integer() else float(value)
    if spec.kind == "ref":
        return _power_ref(value, lang)
    return value


def join_cell(items: Iterable[str]) -> str:
    r"""``items`` in one cell, separated by ``|``; a ``|`` inside an item is written ``\|``, and
    a backslash before a ``|``, before another backslash or at the end of an item is doubled.

    Any other backslash is written as it is, so text written before this escaping (a path
    ``C:\temp``) reads back unchanged.

    Examples
    --------
    >>> join_cell(["a|b", "c"])
    'a\\|b|c'
    >>> split_cell(join_cell(["a|b", "C:\\temp", "end\\"]))
    ['a|b', 'C:\\temp', 'end\\']
    """
    return SEPARATOR.join(_escape_item(str(item)) for item in items)


def _escape_item(text: str) -> str:
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch == SEPARATOR:
            out.append("\\" + SEPARATOR)
        elif ch == "\\" and (i + 1 == len(text) or text[i + 1] in ("\\", SEPARATOR)):
            out.append("\\\\")
        else:
            out.append(ch)
    return "".join(out)


def split_cell(text: str) -> list[str]:
    """The items of a ``|``-separated cell (see :func:`join_cell`), stripped, blanks left out."""
    items: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and text[i + 1] in ("\\", SEPARATOR):
            current.append(text[i + 1])
            i += 2
            continue
        if ch == SEPARATOR:
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    items.append("".join(current))
    return [item.strip() for item in items if item.strip()]


def _power_ref(value: str, lang: Lang) -> str:
    """A power category by its label ("Budget besteden"), anything else as it is."""
    return label(value, lang) if isinstance(value, PowerCategory) else str(value)


def to_attr(spec: FieldSpec, value: Any) -> str | int | float | bool | None:
    """The flat attribute value (GraphML, GEXF, CSV) of a model value; None to omit."""
    if value is None:
        return None
    if spec.kind == "enum":
        return str(value.value)
    if spec.kind == "enum_list":
        return json.dumps([str(v.value) for v in value], ensure_ascii=False)
    if spec.kind in ("str_list", "ref_list"):
        return json.dumps([str(v) for v in value], ensure_ascii=False)
    if spec.kind == "date":
        return str(value.isoformat())
    if spec.kind == "number":
        return int(value) if float(value).is_integer() else float(value)
    if isinstance(value, StrEnum):  # a power category in a power reference
        return str(value.value)
    if isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(spec.name)  # pragma: no cover - positions are written as x and y


# --------------------------------------------------------------------------- reading
def exact_number(text: str, value: float) -> Any:
    """``value`` (an infinite float read from ``text``) as the exact whole number ``text``
    writes, so that the field check says it is larger than the limit instead of "got inf"; a
    written ``inf`` (or a number beyond 10^4000) stays ``value``.

    Examples
    --------
    >>> exact_number("1e400", float("inf")) == 10**400
    True
    >>> exact_number("inf", float("inf"))
    inf
    """
    try:
        exact = Decimal(text.strip())
    except InvalidOperation:
        return value
    if not exact.is_finite() or exact.adjusted() > 4000:
        return value
    return int(exact)


def _enum(spec: FieldSpec, raw: object) -> StrEnum:
    assert spec.enum is not None
    if isinstance(raw, str):
        found = match(spec.enum, raw)
        if found is not None:
            return found
    return parse_value(spec, raw)  # type: ignore[no-any-return]  # raises the usual message


def _split(raw: object) -> list[str]:
    """A list cell: a JSON array (graph files), else values separated by ``|``."""
    if isinstance(raw, (list, tuple)):
        return [str(v) for v in raw]
    text = str(raw).strip()
    if text.startswith("[") and text.endswith("]"):
        try:
            items = json.loads(text)
        except (ValueError, RecursionError):  # a deeply nested array is plain text here
            items = None
        if isinstance(items, list) and all(isinstance(v, str) for v in items):
            return items
    return split_cell(text)


def _number(raw: object) -> object:
    if isinstance(raw, str):
        text = raw.strip().replace("€", "").replace(" ", "")
        if "," in text and "." in text:
            text = text.replace(".", "").replace(",", ".")
        elif "," in text:
            text = text.replace(",", ".")
        try:
            return float(text)
        except ValueError:
            return raw
    return raw


def _int(raw: object) -> object:
    if isinstance(raw, float) and math.isfinite(raw) and raw.is_integer():
        return int(raw)
    if isinstance(raw, str):
        text = raw.strip().lstrip("+")
        try:
            return int(text)
        except ValueError:
            try:
                number = float(text.replace(",", "."))
            except ValueError:
                return raw
            return int(number) if number.is_integer() else raw
    return raw


def from_cell(spec: FieldSpec, raw: object) -> Any:
    """The model value of a cell or attribute; :data:`MISSING` for an empty one.

    Raises :class:`models.errors.FieldError` for a value that does not fit.
    """
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if spec.nullable:
            return None
        if spec.kind in ("enum_list", "str_list", "ref_list"):
            return ()
        return MISSING
    kind = spec.kind
    if kind == "enum":
        return _enum(spec, raw)
    if kind == "enum_list":
        return tuple(dict.fromkeys(_enum(spec, item) for item in _split(raw)))
    if kind == "str_list":
        return parse_value(spec, _split(raw))
    if kind == "ref_list":
        return parse_value(spec, [_ref(spec, item) for item in _split(raw)])
    if kind == "int":
        return parse_value(spec, _int(raw))
    if kind == "number":
        return parse_value(spec, _number(raw))
    if kind in ("bool", "bool_or_null"):
        value = parse_bool(raw)
        if value is None:
            raise FieldError("expected_bool", got=describe(raw))
        return value
    if kind == "date":
        if isinstance(raw, datetime):
            return raw.date()
        if isinstance(raw, str):
            raw = raw.strip()[:10]
        return parse_value(spec, raw)
    if kind in ("text", "id", "ref"):
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            raw = str(raw)
        if isinstance(raw, (date, datetime)):
            raw = raw.isoformat()
        if kind != "text" and isinstance(raw, str):
            raw = _ref(spec, raw.strip())
        return parse_value(spec, raw)
    return parse_value(spec, raw)


def _ref(spec: FieldSpec, text: str) -> str:
    """A power reference given as a category label ("Budget besteden") becomes the category."""
    if spec.refers is EntityKind.POWER:
        found = parse_label(PowerCategory, text)  # exact: an id must never match loosely
        if found is not None:
            return found.value
    return text


def from_attr(spec: FieldSpec, raw: object) -> Any:
    """The model value of a flat graph attribute (same rules as :func:`from_cell`)."""
    return from_cell(spec, raw)
