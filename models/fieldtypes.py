"""What a field holds and how its values are read: :class:`FieldSpec`, and per field type the
parsing (:func:`parse_value`), the stored JSON value (:func:`dump_value`) and the JSON Schema
fragment (:func:`field_schema`). The tables of fields per entity are in :mod:`models.fields`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Literal

from models.entities import Position
from models.enums import EntityKind, PowerCategory
from models.errors import FieldError
from models.rules import check_characters
from models.value_words import (
    MAX_COORDINATE,
    WrittenNumber,
    coordinate_said,
    far_said,
    invisible_codes,
)

__all__ = [
    "MAX_AMOUNT",
    "MAX_LIST",
    "MAX_LONG_TEXT",
    "MAX_TEXT",
    "FieldSpec",
    "FieldType",
    "describe",
    "dump_entity",
    "dump_value",
    "field_schema",
    "parse_value",
]

MAX_TEXT = 2_000
MAX_LONG_TEXT = 100_000
MAX_LIST = 200
# euros: far above any public budget, far below where sums of budgets overflow a float
MAX_AMOUNT = 10**15

FieldType = Literal[
    "id",
    "text",
    "ref",
    "ref_list",
    "int",
    "number",
    "bool",
    "bool_or_null",
    "enum",
    "enum_list",
    "str_list",
    "date",
    "position",
]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """How one field of an entity is checked, stored and described."""

    name: str
    kind: FieldType
    required: bool = False
    nullable: bool = False
    enum: type[StrEnum] | None = None
    minimum: int = 0
    maximum: int = 0
    max_length: int = MAX_TEXT
    editable: bool = True
    doc: str = ""
    # for "ref"/"ref_list": the kind of entity referred to. A power reference also accepts a
    # PowerCategory value (version 1), parsed to the enum member.
    refers: EntityKind | None = None
    blank: bool = False  # a "ref" that may be empty ("") rather than null: an actor's organisation

    @property
    def optional_ref(self) -> bool:
        """A reference that may be empty (``""``)."""
        return self.kind == "ref" and self.blank


def describe(value: object) -> str:
    """A short, quoted rendering of a bad value for an error message.

    Examples
    --------
    >>> describe("veel")
    '"veel"'
    >>> describe(None)
    'null'
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        if not shown.isascii():  # a lone surrogate cannot be printed or saved: show its code
            shown = shown.encode("utf-8", "backslashreplace").decode("utf-8")
        return f'"{shown}"'
    if isinstance(value, WrittenNumber):  # 1e400 as the file writes it, not "inf"
        return value.written
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, (list, tuple)):
        return "a list"
    return type(value).__name__


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_encodable(raw: str) -> None:
    """Refuse lone surrogates (``"\\ud800"`` in JSON): they cannot be saved as UTF-8."""
    if not raw.isascii():
        try:
            raw.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise FieldError("bad_character", position=exc.start + 1) from None


def _parse_text(spec: FieldSpec, raw: object) -> str:
    if not isinstance(raw, str):
        raise FieldError("expected_text", got=describe(raw))
    if len(raw) > spec.max_length:
        raise FieldError("text_too_long", length=len(raw), limit=spec.max_length)
    _check_encodable(raw)
    check_characters(raw)
    if spec.required and not raw.strip():
        raise FieldError("empty_text")
    if spec.required and (codes := invisible_codes(raw)) is not None:  # hostile 7, F7
        raise FieldError("invisible_text", codes=codes)
    return raw


def _parse_enum(spec: FieldSpec, raw: object) -> StrEnum:
    assert spec.enum is not None
    if isinstance(raw, spec.enum):
        return raw
    if isinstance(raw, str):
        try:
            return spec.enum(raw)
        except ValueError:
            pass
    choices = ", ".join(m.value for m in spec.enum)
    raise FieldError("expected_enum", choices=choices, got=describe(raw))


def _parse_date(raw: object) -> date:
    if isinstance(raw, date):
        return raw
    if isinstance(raw, str) and len(raw) == 10:
        try:
            return date.fromisoformat(raw)
        except ValueError:
            _not_a_day(raw)
    raise FieldError("expected_date", got=describe(raw))


_MONTHS = (
    ("January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"),
    ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
     "oktober", "november", "december"),
)  # fmt: skip


def _not_a_day(raw: str) -> None:
    """Raise for a date in the right form that names no day ("2024-02-30", "2026-13-01"):
    it is not a format error (hostile review 5, C4)."""
    import calendar
    import re

    found = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", raw)
    if found is None:
        return
    year, month, day = (int(x) for x in found.groups())
    if year == 0:  # the calendar goes from 1 BC to AD 1 (hostile review 6, C4 residue)
        raise FieldError("date_year_zero", got=raw)
    if not 1 <= month <= 12:
        raise FieldError("date_no_month", got=raw, month=month)
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        en, nl = _MONTHS[0][month - 1], _MONTHS[1][month - 1]
        raise FieldError("date_no_day", got=raw, month_en=en, month_nl=nl, year=year, days=days)


def _parse_number(raw: object) -> float:
    if isinstance(raw, bool) or not isinstance(raw, (int, float)):
        raise FieldError("expected_number", got=describe(raw))
    if isinstance(raw, WrittenNumber):  # 1e400: a number, but too large
        raise FieldError("number_too_large", got=raw.written, limit=f"{MAX_AMOUNT:.0e}")
    if isinstance(raw, float) and not math.isfinite(raw):
        raise FieldError("expected_number", got=describe(raw))
    if raw < 0:
        raise FieldError("negative_number", got=describe(raw))
    if raw > MAX_AMOUNT:  # compared before float(): a long integer would overflow
        raise FieldError("number_too_large", got=_describe_big(raw), limit=f"{MAX_AMOUNT:.0e}")
    return float(raw)


def _describe_big(value: float) -> str:
    """A large number shown briefly: ``1e+400`` for a 401-digit integer."""
    if isinstance(value, int) and value.bit_length() > 64:
        digits = len(str(value)) if value.bit_length() < 10_000 else value.bit_length() * 3 // 10
        return f"1e+{digits - 1}" if digits > 1 else str(value)
    return describe(value)


def _finite(value: object) -> bool:
    """A real number a float can hold (a 400-digit integer cannot)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


def _number(value: object) -> bool:
    """A JSON number, finite or not (NaN, Infinity, 1e999 as written), not a bool."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _far_written(value: float) -> str:
    """An infinite or too large coordinate as the file wrote it: ``1e999``, ``-Infinity``."""
    if isinstance(value, WrittenNumber):
        return value.written
    if isinstance(value, float):
        return "Infinity" if value > 0 else "-Infinity"
    sign = "-" if value < 0 else ""  # a whole number of hundreds of digits
    return sign + _describe_big(abs(value))


def _parse_position(raw: object) -> Position:
    if isinstance(raw, Position):  # made by the app (a drag, a layout): checked all the same
        if abs(raw.x) <= MAX_COORDINATE and abs(raw.y) <= MAX_COORDINATE:
            return raw
        raw = {"x": raw.x, "y": raw.y}
    if isinstance(raw, dict) and set(raw) == {"x", "y"}:
        x, y = raw["x"], raw["y"]
        ok = all(_finite(v) for v in (x, y))
        if ok:
            for axis in ("x", "y"):  # a number no picture can be drawn at (hostile 10, H2)
                if abs(raw[axis]) > MAX_COORDINATE:
                    raise FieldError("position_far", axis=axis, got=far_said(float(raw[axis])))
            return Position(float(x), float(y))
        for axis in ("x", "y"):  # name the coordinate and what it holds (hostile 7, F7)
            said = coordinate_said(raw[axis])
            if said is None:
                continue
            value = raw[axis]  # NaN, Infinity, 1e999: left empty as 1e308 is (hostile 11)
            if _number(value) and value != value:
                raise FieldError("position_nan", axis=axis)
            if _number(value):
                raise FieldError("position_far", axis=axis, got=_far_written(value))
            raise FieldError("position_coordinate", axis=axis, what=said[0], what_nl=said[1])
    if isinstance(raw, dict) and raw:
        names = [describe(str(k)) for k in list(raw)[:5]]
        en = " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
        nl = " en ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
        one = len(names) == 1
        raise FieldError(
            "position_fields",
            fields=("only the field " if one else "the fields ") + en,
            fields_nl=("alleen het veld " if one else "de velden ") + nl,
        )
    raise FieldError("expected_position", got=describe(raw))


def _parse_list(spec: FieldSpec, raw: object) -> tuple[Any, ...]:
    if not isinstance(raw, (list, tuple)):
        raise FieldError("expected_list", got=describe(raw))
    if len(raw) > MAX_LIST:
        raise FieldError("too_many", count=len(raw), limit=MAX_LIST)
    out: list[Any] = []
    for item in raw:
        if spec.kind == "enum_list":
            value: Any = _parse_enum(spec, item)
        else:
            value = _parse_text(spec, item)
            if not value.strip():  # a blank tag: no spreadsheet cell can carry it back
                raise FieldError("blank_item")
        if value not in out:
            out.append(value)
    return tuple(out)


def _parse_id(spec: FieldSpec, raw: object) -> str:
    if not isinstance(raw, str):
        raise FieldError("expected_text", got=describe(raw))
    if not raw.strip():
        raise FieldError("empty_text")
    if raw != raw.strip():  # hostile finding 6: foreign formats trim ids; refuse, never guess
        raise FieldError("id_spaces", got=describe(raw))
    if len(raw) > 200:
        raise FieldError("text_too_long", length=len(raw), limit=200)
    _check_encodable(raw)
    check_characters(raw)
    if spec.refers is EntityKind.POWER and raw in _CATEGORY_VALUES:
        return PowerCategory(raw)
    return raw


_CATEGORY_VALUES = frozenset(c.value for c in PowerCategory)
# an id begins and ends with a non-space character (inside, anything the text rules allow)
_ID_PATTERN = r"^\S([\s\S]*\S)?$"


def parse_value(spec: FieldSpec, raw: object) -> Any:
    """Check ``raw`` against ``spec`` and return the model value, or raise :class:`FieldError`.

    Examples
    --------
    >>> influence = FieldSpec("influence", "int", minimum=0, maximum=5)
    >>> parse_value(influence, 3)
    3
    >>> parse_value(influence, "veel")
    Traceback (most recent call last):
    ...
    models.errors.FieldError: expected a whole number 0–5, got "veel"
    """
    if raw is None and spec.nullable:
        return None
    kind = spec.kind
    if kind == "ref" and raw == "" and spec.optional_ref:
        return ""
    if kind in ("id", "ref"):
        return _parse_id(spec, raw)
    if kind == "ref_list":
        if not isinstance(raw, (list, tuple)):
            raise FieldError("expected_list", got=describe(raw))
        if len(raw) > MAX_LIST:
            raise FieldError("too_many", count=len(raw), limit=MAX_LIST)
        ids = [_parse_id(spec, item) for item in raw]
        for i, item in enumerate(ids):
            if item in ids[:i]:  # a party named twice: said (and repaired at load), not dropped
                raise FieldError("item_twice", item=describe(str(item)))
        return tuple(ids)
    if kind == "text":
        return _parse_text(spec, raw)
    if kind == "int":
        if not _is_int(raw) or not spec.minimum <= raw <= spec.maximum:  # type: ignore[operator]
            raise FieldError(
                "expected_int_range", minimum=spec.minimum, maximum=spec.maximum, got=describe(raw)
            )
        return raw
    if kind == "number":
        return _parse_number(raw)
    if kind == "bool":
        if not isinstance(raw, bool):
            raise FieldError("expected_bool", got=describe(raw))
        return raw
    if kind == "bool_or_null":
        if not isinstance(raw, bool):
            raise FieldError("expected_bool_or_null", got=describe(raw))
        return raw
    if kind == "enum":
        return _parse_enum(spec, raw)
    if kind in ("enum_list", "str_list"):
        return _parse_list(spec, raw)
    if kind == "date":
        return _parse_date(raw)
    if kind == "position":
        return _parse_position(raw)
    raise AssertionError(kind)  # pragma: no cover


def _dumped_number(value: Any) -> Any:
    return int(value) if float(value).is_integer() else value


#: how a value of each kind (not None) is written; a kind not named is written as it is
_DUMP: dict[str, Callable[[Any], Any]] = {
    "enum": lambda value: str(value.value),
    "enum_list": lambda value: [str(v.value) for v in value],
    "str_list": lambda value: [str(v) for v in value],
    "ref_list": lambda value: [str(v) for v in value],
    "ref": str,
    "date": lambda value: value.isoformat(),
    "position": lambda value: {"x": round(value.x, 2), "y": round(value.y, 2)},
    "number": _dumped_number,
}


def dump_value(spec: FieldSpec, value: Any) -> Any:
    """The JSON value stored in a ``.kvmap`` file for a model value."""
    if value is None:
        return None
    dump = _DUMP.get(spec.kind)
    return value if dump is None else dump(value)


# each field list's (names, dumpers), made once: a save dumps every entity (issue 15, the
# suite's time: the per-field test of the kind was most of case_to_dict)
_PLANS: dict[int, tuple[Sequence[FieldSpec], tuple[tuple[str, Callable[[Any], Any] | None], ...]]]
_PLANS = {}


def dump_entity(item: Any, specs: Sequence[FieldSpec]) -> dict[str, Any]:
    """The JSON object stored in a ``.kvmap`` file for an entity (or the case header)."""
    plan = _PLANS.get(id(specs))
    if plan is None or plan[0] is not specs:
        if len(_PLANS) > 64:  # field lists made on the fly (a migration): none kept long
            _PLANS.clear()
        plan = _PLANS[id(specs)] = (specs, tuple((s.name, _DUMP.get(s.kind)) for s in specs))
    out: dict[str, Any] = {}
    for name, dump in plan[1]:
        value = getattr(item, name)
        out[name] = value if dump is None or value is None else dump(value)
    return out


def field_schema(spec: FieldSpec) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) fragment for one field."""
    kind = spec.kind
    schema: dict[str, Any]
    if kind == "ref" and spec.optional_ref:
        schema = {"type": "string", "maxLength": 200}
    elif kind in ("id", "ref"):
        schema = {"type": "string", "minLength": 1, "maxLength": 200, "pattern": _ID_PATTERN}
    elif kind == "ref_list":
        schema = {
            "type": "array",
            "maxItems": MAX_LIST,
            "items": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": _ID_PATTERN},
        }
    elif kind == "text":
        schema = {"type": "string", "maxLength": spec.max_length}
        if spec.required:
            schema["pattern"] = r"\S"
    elif kind == "int":
        schema = {"type": "integer", "minimum": spec.minimum, "maximum": spec.maximum}
    elif kind == "number":
        schema = {"type": "number", "minimum": 0, "maximum": MAX_AMOUNT}
    elif kind in ("bool", "bool_or_null"):
        schema = {"type": "boolean"}
    elif kind == "enum":
        assert spec.enum is not None
        schema = {"enum": [m.value for m in spec.enum]}
    elif kind == "enum_list":
        assert spec.enum is not None
        schema = {
            "type": "array",
            "maxItems": MAX_LIST,
            "items": {"enum": [m.value for m in spec.enum]},
        }
    elif kind == "str_list":
        schema = {
            "type": "array",
            "maxItems": MAX_LIST,
            "items": {"type": "string", "maxLength": spec.max_length},
        }
    elif kind == "date":
        schema = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    else:
        schema = {
            "type": "object",
            "properties": {
                axis: {"type": "number", "minimum": -MAX_COORDINATE, "maximum": MAX_COORDINATE}
                for axis in ("x", "y")
            },
            "required": ["x", "y"],
            "additionalProperties": False,
        }
    if spec.nullable or kind == "bool_or_null":
        schema = {"anyOf": [schema, {"type": "null"}]}
    if spec.doc:
        schema["description"] = spec.doc
    return schema
